import { findNextPage } from '../../lib/capture/paginate';
import { extractComments, findAdapter } from '../../lib/capture/extract';

export type NextStep = { kind: 'link'; href: string } | { kind: 'loaded' } | { kind: 'end' };

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until the page shows more comments than before, or gives up after `ms`. Extracting
 * costs a quarter-second on a page of 10,000 reviews, so it runs only once the page's element
 * count (a live collection, free to read) has grown and then held still for one poll.
 */
async function waitForMore(before: number, ms: number): Promise<boolean> {
  const elements = document.getElementsByTagName('*');
  const end = Date.now() + ms;
  let last = elements.length;
  let grew = false;
  while (Date.now() < end) {
    await pause(200);
    const now = elements.length;
    if (now !== last) {
      grew = true;
      last = now;
      continue;
    }
    if (!grew) continue;
    if (extractComments(document, location.href).comments.length > before) return true;
    grew = false;
  }
  return false;
}

/**
 * Moves the page on by one step: reports a next-page link for the background to follow,
 * or clicks "load more" / scrolls for more (infinite scroll) and waits for new comments.
 */
export async function advance(): Promise<NextStep> {
  const url = new URL(location.href);
  const adapter = findAdapter(url)?.adapter;
  const next = adapter?.nextPage?.(document, location.href) ?? findNextPage(document, location.href);
  const before = extractComments(document, location.href).comments.length;
  if (next?.kind === 'link') return { kind: 'link', href: next.href };
  if (next?.kind === 'button') {
    (next.element as HTMLElement).click();
    return (await waitForMore(before, 8_000)) ? { kind: 'loaded' } : { kind: 'end' };
  }
  // Infinite scroll: go to the bottom and see whether the page brings more.
  const height = document.documentElement.scrollHeight;
  window.scrollTo(0, height);
  if (await waitForMore(before, 2_500)) return { kind: 'loaded' };
  return document.documentElement.scrollHeight > height && (await waitForMore(before, 1_500)) ? { kind: 'loaded' } : { kind: 'end' };
}

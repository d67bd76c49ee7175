import { extractComments, findAdapter, type ExtractResult } from '../../lib/capture/extract';
import { applyRecipe, type Recipe } from '../../lib/capture/generic/recipe';
import { locateElements } from '../../lib/capture/locate';
import { findExpandControls } from '../../lib/capture/expand';
import type { ExtractedComment, SiteAdapter } from '../../lib/capture/adapter';
import type { MessageData } from '../../lib/messaging/protocol';

export interface PageCapture {
  page: MessageData<'capture.store'>;
  method: string;
  warnings: string[];
  /** The page elements of the captured comments, in order, for the overlay's badges. */
  elements: (Element | undefined)[];
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens truncated reviews ("Read more") the page offers, so the full text is captured. */
async function expandTruncated(doc: Document, adapter: SiteAdapter<string> | undefined): Promise<void> {
  const controls = adapter?.expandControls?.(doc) ?? findExpandControls(doc);
  if (controls.length === 0) return;
  for (const control of controls.slice(0, 500)) (control as HTMLElement).click?.();
  await pause(250);
}

/**
 * What the user taught beats a guess: the site's recipe replaces the generic detector's
 * blocks whenever it finds any, and structured data or an adapter when it finds more.
 */
function extractWithRecipe(doc: Document, href: string, recipe: Recipe | null | undefined): ExtractResult {
  const result = extractComments(doc, href);
  if (!recipe) return result;
  let taught: ExtractedComment[];
  try {
    taught = applyRecipe(doc, recipe, href);
  } catch {
    return result; // a selector this browser cannot parse: the detector's answer stands
  }
  const guessed = result.method === 'generic' || result.method === 'none';
  if (taught.length === 0 || (!guessed && taught.length <= result.comments.length)) return result;
  return { comments: taught, method: 'generic', adapter: 'recipe', warnings: [] };
}

export interface PageReader {
  /** The page's comments with the elements they sit in, for the overlay (no clicking). */
  read(doc: Document, href: string, recipe?: Recipe | null): ExtractedComment[];
  /** Reads every comment on the live page; the DOM is only read (and read-more controls clicked). */
  capture(doc: Document, href: string, recipe?: Recipe | null): Promise<PageCapture>;
  /** Call on every change to the page (a MutationObserver's records): the next read reads again. */
  changed(): void;
}

/**
 * One read of the page serves the overlay and a capture until the page changes: injected for a
 * capture, the script shows the overlay, captures, then refreshes the overlay, and a page of
 * 10,000 reviews takes a noticeable time to read each time.
 */
export function createPageReader(): PageReader {
  let version = 0;
  let memo: { version: number; href: string; recipe: Recipe | null | undefined; result: ExtractResult; located: ExtractedComment[] } | null = null;
  const extract = (doc: Document, href: string, recipe: Recipe | null | undefined) => {
    if (memo && memo.version === version && memo.href === href && memo.recipe === recipe) return memo;
    const result = extractWithRecipe(doc, href, recipe);
    memo = { version, href, recipe, result, located: locateElements(doc, result.comments) };
    return memo;
  };
  return {
    read: (doc, href, recipe) => extract(doc, href, recipe).located,
    async capture(doc, href, recipe) {
      const url = new URL(href);
      const adapter = findAdapter(url)?.adapter;
      await expandTruncated(doc, adapter);
      const { result, located } = extract(doc, href, recipe);
      return {
        page: {
          url: href,
          title: doc.title.slice(0, 2_000),
          site: result.adapter ?? result.method,
          comments: located.map(({ element: _element, ...c }) => c),
        },
        method: result.adapter === 'recipe' ? 'recipe' : result.method,
        warnings: result.warnings,
        elements: located.map((c) => c.element),
      };
    },
    changed: () => void version++,
  };
}

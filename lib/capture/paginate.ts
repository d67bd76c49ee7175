import type { NextPage } from './adapter';
import { CONTROL_SELECTOR, insideRepeatedBlock, labelMatches, labelOf, LOAD_MORE_LABELS, NEXT_LABELS, usable } from './generic/controls';

/**
 * Finding the way to the next page of comments on any site: a link to follow, or a
 * "load more" control to click. Order of trust: rel=next, then a pagination block that
 * marks the current page, then "next" labels, then "load more". Links to other hosts and
 * disabled controls never count.
 */

const PAGINATION = 'nav, [role="navigation"], [class*="paginat" i], [class*="pager" i], [aria-label], ul, ol, div';

function sameHostLink(el: Element, url: string): NextPage | null {
  const raw = el.getAttribute('href');
  if (!raw || raw.startsWith('#') || /^javascript:/i.test(raw)) return null;
  let href: URL;
  try {
    href = new URL(raw, url);
  } catch {
    return null;
  }
  const here = new URL(url);
  if (href.host !== here.host || !/^https?:$/.test(href.protocol) || href.href === here.href) return null;
  return { kind: 'link', href: href.href };
}

/** A link when the control has a same-host href, a button when it has none (scripted pager). */
function asNext(el: Element, url: string): NextPage | null {
  if (!usable(el)) return null;
  if (el.hasAttribute('href')) {
    const raw = el.getAttribute('href') ?? '';
    if (raw === '' || raw.startsWith('#') || /^javascript:/i.test(raw)) return { kind: 'button', element: el };
    return sameHostLink(el, url);
  }
  return { kind: 'button', element: el };
}

function numberIn(label: string): number | null {
  const m = /(\d+)/.exec(label);
  return m ? Number(m[1]) : null;
}

/** Pagination that marks the current page (aria-current, or a non-link number): the next number. */
function nextNumber(doc: Document, url: string): NextPage | null {
  const currents = doc.querySelectorAll('[aria-current="page"], [aria-current="true"], [aria-current="step"]');
  for (const current of Array.from(currents)) {
    const n = numberIn(current.textContent?.trim() || current.getAttribute('aria-label') || '');
    if (n === null) continue;
    const container = current.parentElement?.closest(PAGINATION);
    if (!container) continue;
    for (const el of Array.from(container.querySelectorAll(CONTROL_SELECTOR))) {
      if (el === current) continue;
      const text = el.textContent?.trim() ?? '';
      const candidate = /^\d+$/.test(text) ? Number(text) : numberIn(el.getAttribute('aria-label') ?? '');
      if (candidate === n + 1) return asNext(el, url);
    }
    return null;
  }
  return null;
}

/** "Next" links and buttons inside a pagination block or carrying a next-ish aria-label. */
function nextLabelled(doc: Document, url: string): NextPage | null {
  for (const el of Array.from(doc.querySelectorAll(CONTROL_SELECTOR))) {
    if (!labelMatches(labelOf(el), NEXT_LABELS)) continue;
    const symbolOnly = /^[›»→>]$/.test(labelOf(el));
    if (symbolOnly && !el.closest('nav, [role="navigation"], [class*="paginat" i], [class*="pager" i]')) continue;
    if (el.closest('[role="tablist"], [role="dialog"], [aria-roledescription="carousel"], [class*="carousel" i], [class*="slider" i]')) continue;
    const next = asNext(el, url);
    if (next) return next;
    if (!usable(el)) return null;
  }
  return null;
}

const LOAD_MORE_ATTRS = [
  '[data-action*="load-more" i]', '[data-action*="loadmore" i]', '[data-testid*="load-more" i]', '[data-testid*="show-more" i]',
  '[data-role*="load-more" i]', '[data-load-more]', '[data-next-page]',
].join(', ');

function loadMore(doc: Document, url: string): NextPage | null {
  for (const el of Array.from(doc.querySelectorAll(LOAD_MORE_ATTRS))) {
    const next = asNext(el, url);
    if (next) return next;
  }
  for (const el of Array.from(doc.querySelectorAll(CONTROL_SELECTOR))) {
    if (el.getAttribute('aria-expanded') === 'false' || insideRepeatedBlock(el)) continue;
    if (!labelMatches(labelOf(el), LOAD_MORE_LABELS)) continue;
    const next = asNext(el, url);
    if (next) return next;
  }
  return null;
}

export function findNextPage(doc: Document, url: string): NextPage | null {
  for (const el of Array.from(doc.querySelectorAll('link[rel~="next" i][href], a[rel~="next" i][href]'))) {
    if (el.tagName === 'A' && !usable(el)) return null;
    const next = sameHostLink(el, url);
    if (next) return next;
  }
  return nextNumber(doc, url) ?? nextLabelled(doc, url) ?? loadMore(doc, url);
}

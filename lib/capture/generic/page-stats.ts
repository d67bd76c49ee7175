import { childElements } from './dom-helpers';
import { scanBelow, textAtLeast } from './page-scan';

/**
 * The parents able to hold a repeated group and the tables (from the page's one walk,
 * page-scan.ts), plus memoised text measures read on demand. The detector reads these
 * instead of asking the DOM again and again: under happy-dom text and selector queries
 * are slow, and sibling/child access is only cheap through childElements().
 */

export interface PageStats {
  /** Elements with at least three child elements. */
  parents: Element[];
  /** HTML tables and ARIA grids/tables. */
  tables: Element[];
  /** Parents where three children share a tag, table rows and grids aside. */
  groups: Element[];
  text: Map<Element, number>;
  link: Map<Element, number>;
}

/** Never descends into page chrome (navigation, menus, forms, page header and footer). */
export function pageStats(root: Element): PageStats {
  const { parents, tables, groups } = scanBelow(root);
  return { parents, tables, groups, text: new Map(), link: new Map() };
}

/** Visible-ish text length: whitespace runs count as one space. */
export function textOf(stats: PageStats, el: Element): number {
  let n = stats.text.get(el);
  if (n === undefined) {
    n = (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    stats.text.set(el, n);
  }
  return n;
}

/** Text inside links below el (memoised per element). */
function linkText(stats: PageStats, el: Element): number {
  let n = stats.link.get(el);
  if (n === undefined) {
    n = 0;
    for (const c of childElements(el)) n += c.tagName === 'A' ? textOf(stats, c) : linkText(stats, c);
    stats.link.set(el, n);
  }
  return n;
}

/** Share of an element's text inside links: menus and link lists are mostly links. */
export function linkShare(stats: PageStats, el: Element): number {
  const total = textOf(stats, el);
  return total === 0 ? 0 : Math.min(1, linkText(stats, el) / total);
}

/**
 * True once `min` characters of text are found: stops early, so asking it of a whole
 * <main> costs no more than asking it of a short list item.
 */
export function hasText(stats: PageStats, el: Element, min: number): boolean {
  const known = stats.text.get(el);
  if (known !== undefined) return known >= min;
  return textAtLeast(el, min);
}

import { childElements, childNodesOf, ELEMENT_NODE, TEXT_NODE } from './dom-helpers';

/**
 * One walk over the page's elements that finds the parents able to hold a repeated group
 * and the tables, plus memoised text measures read on demand. The detector reads these
 * instead of asking the DOM again and again: under happy-dom text and selector queries
 * are slow, and sibling/child access is only cheap through childElements().
 */

export interface PageStats {
  /** Elements with at least three child elements. */
  parents: Element[];
  /** HTML tables and ARIA grids/tables. */
  tables: Element[];
  text: Map<Element, number>;
  link: Map<Element, number>;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'CANVAS', 'HEAD', 'NAV', 'SELECT']);
// A form this long is a page wrapper (ASP.NET wraps whole pages in one), not a comment form.
const WRAPPER_FORM_TEXT = 1500;
const CHROME_ROLES = new Set(['navigation', 'menu', 'menubar', 'tablist', 'banner', 'contentinfo', 'search', 'listbox']);
const TABLE_ROLES = new Set(['grid', 'table', 'treegrid']);
// Inside one of these a <header>/<footer> belongs to a card, not to the page.
const ITEMS = new Set(['ARTICLE', 'LI', 'TR']);

/** Never descends into page chrome (navigation, menus, forms, page header and footer). */
export function pageStats(root: Element): PageStats {
  const stats: PageStats = { parents: [], tables: [], text: new Map(), link: new Map() };
  const walk = (el: Element, inItem: boolean): void => {
    const kids = childElements(el);
    if (kids.length === 0) return;
    const role = el.getAttribute('role');
    if (role && CHROME_ROLES.has(role)) return;
    if (el.tagName === 'TABLE' || (role && TABLE_ROLES.has(role))) stats.tables.push(el);
    if (kids.length >= 3) stats.parents.push(el);
    const item = inItem || ITEMS.has(el.tagName) || role === 'article' || role === 'listitem' || role === 'row';
    for (const c of kids) {
      const tag = c.tagName;
      if (SKIP.has(tag) || (!item && (tag === 'HEADER' || tag === 'FOOTER'))) continue;
      if (tag === 'FORM' && !hasText(stats, c, WRAPPER_FORM_TEXT)) continue;
      walk(c, item);
    }
  };
  walk(root, false);
  return stats;
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
  let found = 0;
  const visit = (node: Element): boolean => {
    const nodes = childNodesOf(node);
    for (let i = 0; i < nodes.length; i++) {
      const c = nodes[i];
      if (c.nodeType === TEXT_NODE) found += (c.nodeValue ?? '').trim().length;
      else if (c.nodeType === ELEMENT_NODE && !SKIP.has((c as Element).tagName) && visit(c as Element)) return true;
      if (found >= min) return true;
    }
    return false;
  };
  return visit(el);
}

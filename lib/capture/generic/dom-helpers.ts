/**
 * Small DOM helpers shared by the generic capture code. They only use the passed nodes
 * (numeric nodeType constants, no DOM globals), so they run under happy-dom in Node.
 * Dates and disabled controls come from the shared capture helpers (text.ts, dom.ts).
 */
import { attr, attributeNames, childNodesOf, hasAttr } from './dom-memo';

export { parseIsoDate } from '../text';
export { isDisabled } from '../dom';
export { attr, attributeNames, attrIn, bodyOf, childElements, childNodesOf, descendants, hasAttr, withDomMemo } from './dom-memo';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Subtrees that never hold visible comment text. */
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT']);

/**
 * Collapses runs of spaces but keeps paragraph breaks as single newlines (text.ts's
 * cleanText makes one line; a comment's paragraphs are worth keeping here).
 */
export function cleanLines(raw: string): string {
  // Most review text is already tidy: one scan proves it, where the replacements and the
  // trim would each scan and copy.
  if (raw && !LINES_UNCLEAN.test(raw) && !EDGE_SPACE.test(raw[0]) && !EDGE_SPACE.test(raw[raw.length - 1])) return raw;
  // A lone plain space is already clean: matching only longer runs and other blanks leaves
  // ordinary prose untouched, which is most of the work on a page of thousands of reviews.
  const spaced = raw.replace(/[ \t\r\f\v\u00a0]{2,}|[\t\r\f\v\u00a0]/g, ' ');
  return (spaced.includes('\n') ? spaced.replace(/ ?\n[\s]*/g, '\n') : spaced).trim();
}

// What cleanLines would change away from the ends: a blank other than a plain space, or two spaces.
const LINES_UNCLEAN = /[\t\n\r\f\v\u00a0]|  /;
const EDGE_SPACE = /\s/;

/** Visible text of an element: no script/style, block children separated by newlines. */
export function elementText(el: Element): string {
  // Most text elements hold text and no element: their text is textContent, no walk, no
  // list of parts (each DOM call counts on a page of 10,000 reviews).
  if (el.childElementCount === 0) return cleanLines(el.textContent ?? '');
  const parts: string[] = [];
  collect(el, parts);
  return cleanLines(parts.join(''));
}

const BLOCKISH = new Set(['P', 'DIV', 'LI', 'BR', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DD', 'DT', 'PRE']);

function collect(node: Node, parts: string[]): void {
  for (const child of childNodesOf(node)) {
    if (child.nodeType === TEXT_NODE) {
      parts.push(child.nodeValue ?? '');
    } else if (child.nodeType === ELEMENT_NODE) {
      const tag = (child as Element).tagName.toUpperCase();
      if (INVISIBLE.has(tag) || hasAttr(child as Element, 'hidden')) continue;
      if (BLOCKISH.has(tag)) parts.push('\n');
      collect(child, parts);
      if (BLOCKISH.has(tag)) parts.push('\n');
    }
  }
}

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

/** Zones of a page that hold navigation, chrome or input, never comments. */
const CHROME_SELECTOR = [
  'nav', '[role="navigation"]', '[role="menu"]', '[role="menubar"]', '[role="tablist"]',
  '[role="banner"]', '[role="contentinfo"]', '[role="search"]', 'form', 'select', '[role="listbox"]',
].join(',');

/** True when el sits in page chrome: nav/menus/forms, or a page-level header/footer (not one inside a card). */
export function inPageChrome(el: Element): boolean {
  if (el.closest(CHROME_SELECTOR)) return true;
  const edge = el.closest('header, footer');
  if (!edge) return false;
  return !edge.parentElement?.closest('article, li, [role="article"], [role="listitem"], tr, [role="row"]');
}

/** Hidden by attribute or inline style; layout is not available in happy-dom, so that is all we can see. */
export function isHidden(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (cur.hasAttribute('hidden') || cur.getAttribute('aria-hidden') === 'true') return true;
    const style = cur.getAttribute('style') ?? '';
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  }
  return false;
}

/** The first `data-*id` style attribute (data-review-id, data-response-id, data-id) or a content id. */
export function externalIdOf(el: Element): string | null {
  const name = externalIdAttribute(el);
  return name ? el.getAttribute(name)!.trim() : null;
}

/** Which attribute of el carries its id (see externalIdOf), so a group can read just that one. */
export function externalIdAttribute(el: Element): string | null {
  for (const name of attributeNames(el)) {
    if (/^data-(?:[\w-]*-)?id$/i.test(name) && el.getAttribute(name)!.trim()) return name;
  }
  const id = attr(el, 'id');
  return id && /\d/.test(id) ? 'id' : null;
}

import { CONTROL_SELECTOR, insideRepeatedBlock, labelMatches, labelOf, READ_MORE_LABELS, usable } from './generic/controls';
import { inPageChrome } from './generic/dom-helpers';

/**
 * "Read more" controls that reveal the rest of a truncated comment: collapsed disclosure
 * buttons (aria-expanded="false"), closed <details>, and controls labelled "read more" in
 * one of our users' languages, as long as they sit inside a repeated block (not a menu,
 * not the page's own "load more").
 */
export function findExpandControls(doc: Document): Element[] {
  const found = new Set<Element>();
  const consider = (el: Element): void => {
    if (!usable(el) || inPageChrome(el) || el.hasAttribute('aria-haspopup')) return;
    if (!insideRepeatedBlock(el)) return;
    found.add(el);
  };
  for (const el of Array.from(doc.querySelectorAll('[aria-expanded="false"]'))) {
    if (el.matches(CONTROL_SELECTOR)) consider(el);
  }
  for (const summary of Array.from(doc.querySelectorAll('details:not([open]) > summary'))) consider(summary);
  for (const el of Array.from(doc.querySelectorAll(CONTROL_SELECTOR))) {
    if (el.getAttribute('aria-expanded') === 'true') continue;
    if (labelMatches(labelOf(el), READ_MORE_LABELS)) consider(el);
  }
  const DOCUMENT_POSITION_FOLLOWING = 4;
  return Array.from(found).sort((a, b) => (a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

import type { ExtractedComment } from './adapter';

const SNIPPET = 32;
const key = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase().slice(0, SNIPPET);

const BLOCKS = new Set(['p', 'div', 'li', 'td', 'blockquote', 'section', 'article', 'dd', 'q']);

function ownText(el: Element): string {
  let text = '';
  for (const node of el.childNodes) if (node.nodeType === 3) text += node.nodeValue ?? '';
  return text;
}

/**
 * Structured data (JSON-LD) says what the reviews are but not where they are on the page.
 * The overlay needs the element: find each review's visible text by its opening words, then
 * widen to its card — the largest ancestor that holds no other review. One pass over the
 * page, so it stays linear on pages with thousands of reviews.
 */
export function locateElements(doc: Document, comments: ExtractedComment[]): ExtractedComment[] {
  const missing = comments.filter((c) => !c.element && c.text.trim().length >= 8);
  if (missing.length === 0 || !doc.body) return comments;

  // Own text finds plain paragraphs; a block's whole text finds reviews split by inline
  // markup (<span>, <b>, <br>). The deepest block whose text starts with the review wins.
  const byOwn = new Map<string, Element>();
  const byBlock = new Map<string, Element>();
  for (const el of doc.body.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'template' || tag === 'noscript') continue;
    const own = ownText(el);
    if (own.trim().length >= 8) {
      const k = key(own);
      if (!byOwn.has(k)) byOwn.set(k, el);
    }
    if (BLOCKS.has(tag)) byBlock.set(key(el.textContent ?? ''), el);
  }

  const found = new Map<ExtractedComment, Element>();
  for (const c of missing) {
    const k = key(c.text);
    const el = byOwn.get(k) ?? byBlock.get(k);
    if (el) found.set(c, el);
  }
  // How many review holders each ancestor contains: climbing from a holder stops below the
  // first ancestor that also holds another review. Counting once keeps this linear.
  const held = new Map<Element, number>();
  for (const holder of new Set(found.values())) {
    for (let a: Element | null = holder; a; a = a.parentElement) held.set(a, (held.get(a) ?? 0) + 1);
  }
  for (const [c, el] of found) {
    let card = el;
    while (card.parentElement && card.parentElement !== doc.body && (held.get(card.parentElement) ?? 0) < 2) card = card.parentElement;
    found.set(c, card);
  }
  return comments.map((c) => (found.has(c) ? { ...c, element: found.get(c) } : c));
}

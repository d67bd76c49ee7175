/**
 * Child and descendant lists memoised for the length of one synchronous read of a page.
 * Under happy-dom every `children` list, sibling step and attribute map costs
 * microseconds, and capture asks for the same lists again and again (scoring, then
 * learning a template, then reading each block). The page cannot change while a
 * synchronous function runs, so within `withDomMemo` a list once read stays true; outside
 * it nothing is kept, so a page that changes between captures is always read afresh.
 */

interface Memo {
  kids: Map<Element, readonly Element[]>;
  below: Map<Element, readonly Element[]>;
  scan: Map<Document, StructuredNodes>;
}

let memo: Memo | null = null;

/** Runs `read` with child lists memoised (nested calls share the outer memo). */
export function withDomMemo<T>(read: () => T): T {
  if (memo) return read();
  memo = { kids: new Map(), below: new Map(), scan: new Map() };
  try {
    return read();
  } finally {
    memo = null;
  }
}

const NONE: readonly Element[] = Object.freeze([]);

function readChildren(el: Element, n: number): Element[] {
  // happy-dom finds `nextElementSibling` by searching the parent's list (quadratic over a
  // wide parent) and builds the `children` collection on first access: narrow parents walk
  // siblings, wide ones take the list.
  if (n > 32) return Array.from(el.children);
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) out.push(c);
  return out;
}

/**
 * The node's child nodes (text included), in order. happy-dom builds a proxied NodeList on
 * first access to `childNodes`; a narrow element is cheaper to step through.
 */
export function childNodesOf(node: Node): Node[] {
  if ((node as Element).childElementCount > 32) return Array.from(node.childNodes);
  const out: Node[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/** The element's child elements, in order. Callers must not change the returned list. */
export function childElements(el: Element): readonly Element[] {
  // Most elements are leaves: they need neither a list nor a memo entry.
  const n = el.childElementCount;
  if (n === 0) return NONE;
  if (!memo) return readChildren(el, n);
  let kids = memo.kids.get(el);
  if (!kids) {
    kids = readChildren(el, n);
    memo.kids.set(el, kids);
  }
  return kids;
}

/** Every element below el in document order. Callers must not change the returned list. */
export function descendants(el: Element): readonly Element[] {
  const known = memo?.below.get(el);
  if (known) return known;
  const out: Element[] = [];
  const visit = (node: Element): void => {
    for (const c of childElements(node)) {
      out.push(c);
      visit(c);
    }
  };
  visit(el);
  memo?.below.set(el, out);
  return out;
}

export interface StructuredNodes {
  /** Script elements with attributes (a JSON-LD block is known by its type). */
  scripts: readonly Element[];
  /** Elements with both itemscope and itemtype. */
  items: readonly Element[];
}

/**
 * The elements the structured-data readers need, in document order, from one walk of the
 * whole page that JSON-LD and microdata share. Under happy-dom a selector query visits and
 * matches every element and costs several times this walk; the attribute checks are
 * cheapest while the walk holds the element.
 */
export function structuredNodes(doc: Document): StructuredNodes {
  const known = memo?.scan.get(doc);
  if (known) return known;
  const scripts: Element[] = [];
  const items: Element[] = [];
  // An explicit stack, children pushed last-first: any page depth, document order. Not
  // through the child-list memo: over a whole page its entries cost more than they save.
  const stack: Element[] = doc.documentElement ? [doc.documentElement] : [];
  for (let el = stack.pop(); el; el = stack.pop()) {
    if (el.hasAttributes()) {
      if (el.hasAttribute('itemscope') && el.hasAttribute('itemtype')) items.push(el);
      if (el.tagName.toUpperCase() === 'SCRIPT') scripts.push(el);
    }
    const n = el.childElementCount;
    if (n > 32) {
      const kids = Array.from(el.children);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    } else if (n > 0) for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  const found = { scripts, items };
  memo?.scan.set(doc, found);
  return found;
}

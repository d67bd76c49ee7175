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
  names: Map<Element, readonly string[]>;
  below: Map<Element, readonly Element[]>;
  scan: Map<Document, unknown>;
  found: Map<string, Map<Element, unknown>>;
}

let memo: Memo | null = null;

/** Runs `read` with child lists memoised (nested calls share the outer memo). */
export function withDomMemo<T>(read: () => T): T {
  if (memo) return read();
  memo = { kids: new Map(), names: new Map(), below: new Map(), scan: new Map(), found: new Map() };
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
  // The ends are direct reads; only the middle needs sibling steps.
  if (n === 1) return [el.firstElementChild!];
  if (n === 2) return [el.firstElementChild!, el.lastElementChild!];
  const out: Element[] = [el.firstElementChild!];
  while (out.length < n - 1) out.push(out[out.length - 1].nextElementSibling!);
  out.push(el.lastElementChild!);
  return out;
}

/** The element's child elements, read afresh (for parts of a page walked only once). */
export function elementChildren(el: Element): readonly Element[] {
  const n = el.childElementCount;
  return n === 0 ? NONE : readChildren(el, n);
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
  const known = memo?.kids.get(el);
  if (known) return known;
  // Most elements are leaves: they need neither a list nor a memo entry.
  const n = el.childElementCount;
  if (n === 0) return NONE;
  const kids = readChildren(el, n);
  memo?.kids.set(el, kids);
  return kids;
}

/**
 * The element's attribute names. Capture asks each element about several attributes
 * (itemprop, role, rel, data-*, class...) and most elements have none of them: one look at
 * the names, kept for the capture, replaces a lookup per attribute (each costs a string
 * conversion and a map lookup in happy-dom).
 */
export function attributeNames(el: Element): readonly string[] {
  if (!memo) return el.hasAttributes() ? el.getAttributeNames() : NONE_NAMES;
  let names = memo.names.get(el);
  if (!names) {
    names = el.hasAttributes() ? el.getAttributeNames() : NONE_NAMES;
    memo.names.set(el, names);
  }
  return names;
}

const NONE_NAMES: readonly string[] = Object.freeze([]);

/** el.getAttribute(name), asking the DOM only when el has that attribute. `name` is lower case. */
export function attr(el: Element, name: string): string | null {
  return attrIn(el, attributeNames(el), name);
}

/** attr() for a caller that asks one element about several attributes and holds its names already. */
export function attrIn(el: Element, names: readonly string[], name: string): string | null {
  return names.length !== 0 && names.includes(name) ? el.getAttribute(name) : null;
}

/** el.hasAttribute(name) from the element's attribute names. `name` is lower case. */
export function hasAttr(el: Element, name: string): boolean {
  const names = attributeNames(el);
  return names.length !== 0 && names.includes(name);
}

/**
 * doc.body, found directly where it nearly always is (the root's last child): happy-dom
 * searches the whole head for it on each first ask.
 */
export function bodyOf(doc: Document): HTMLElement | null {
  const last = doc.documentElement?.lastElementChild;
  return last?.tagName === 'BODY' ? (last as HTMLElement) : doc.body;
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

/**
 * The page's one full walk (page-scan.ts), computed by `compute` on first use within a
 * capture and shared by every reader after it; outside withDomMemo it is walked afresh.
 */
export function scanMemo<T>(doc: Document, compute: () => T): T {
  const known = memo?.scan.get(doc);
  if (known) return known as T;
  const found = compute();
  memo?.scan.set(doc, found);
  return found;
}

/**
 * What `compute` found in el, kept per `kind` for the rest of the capture: the detector
 * scores a sample of blocks and then learns its template from the same sample.
 */
export function memoised<T>(kind: string, el: Element, compute: () => T): T {
  if (!memo) return compute();
  let table = memo.found.get(kind);
  if (!table) memo.found.set(kind, (table = new Map()));
  if (table.has(el)) return table.get(el) as T;
  const value = compute();
  table.set(el, value);
  return value;
}

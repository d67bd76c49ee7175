import { attr, attributeNames, bodyOf, childElements, childNodesOf, elementChildren, hasAttr, scanMemo } from './dom-memo';
import { layoutsOf } from './signature';

/**
 * One walk over the whole page that serves every capture path: the structured-data readers
 * (JSON-LD scripts, microdata items) and the generic detector (parents able to hold a
 * repeated group, tables). Under happy-dom the first visit of each element of a freshly
 * parsed page costs several times any later one, and a 10,000-review page has 100,000
 * elements: walking it once instead of once per reader is most of what extraction costs.
 */

export interface StructuredNodes {
  /** Script elements with attributes (a JSON-LD block is known by its type). */
  scripts: readonly Element[];
  /** Elements with both itemscope and itemtype. */
  items: readonly Element[];
}

export interface PageScan extends StructuredNodes {
  /** Where the detector's part of the walk starts (the body). */
  root: Element;
  /** Below root, outside page chrome: elements with at least three child elements. */
  parents: Element[];
  /** Below root, outside page chrome: HTML tables and ARIA grids/tables. */
  tables: Element[];
  /** The parents where three children share a tag, table rows and grids aside: where a group can be. */
  groups: Element[];
}

/** Subtrees the detector never reads: invisible, or navigation and option lists. */
export const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'CANVAS', 'HEAD', 'NAV', 'SELECT']);
// A form this long is a page wrapper (ASP.NET wraps whole pages in one), not a comment form.
const WRAPPER_FORM_TEXT = 1500;
const CHROME_ROLES = new Set(['navigation', 'menu', 'menubar', 'tablist', 'banner', 'contentinfo', 'search', 'listbox']);
// Navigation, menus and option lists hold no reviews and no review data (their structured
// data, if any, is breadcrumbs and site links): no reader enters them.
const NO_REVIEWS = new Set(['NAV', 'SELECT', 'SVG', 'svg', 'CANVAS', 'IFRAME']);
const NO_REVIEW_ROLES = new Set(['navigation', 'menu', 'menubar', 'tablist', 'listbox']);
const TABLE_ROLES = new Set(['grid', 'table', 'treegrid']);
// Inside one of these a <header>/<footer> belongs to a card, not to the page.
const ITEMS = new Set(['ARTICLE', 'LI', 'TR']);
const ITEM_ROLES = new Set(['article', 'listitem', 'row']);
// Rows are read as tables, not as look-alike siblings.
const ROW_PARENTS = new Set(['TABLE', 'TBODY', 'THEAD', 'TFOOT']);
const GRID_ROLES = new Set(['grid', 'table', 'rowgroup', 'treegrid']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Where an element stands for the detector: above its root, below it (in a card or not), or left out. */
const ABOVE = 0;
const BELOW = 1;
const IN_ITEM = 2;
const LEFT_OUT = 3;

/**
 * True once `min` characters of text are found below el (invisible subtrees aside):
 * stops early, so asking it of a whole <main> costs no more than of a short list item.
 */
export function textAtLeast(el: Element, min: number): boolean {
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

/** True when some tag occurs three times. Most parents have a few children: no map for those. */
export function threeOfATag(tags: readonly string[]): boolean {
  if (tags.length > 12) {
    const counts = new Map<string, number>();
    for (const t of tags) {
      const n = (counts.get(t) ?? 0) + 1;
      if (n >= 3) return true;
      counts.set(t, n);
    }
    return false;
  }
  for (let i = 0; i < tags.length - 2; i++) {
    let n = 1;
    for (let j = i + 1; j < tags.length; j++) if (tags[j] === tags[i] && ++n >= 3) return true;
  }
  return false;
}

/** Where a child (with its tag) of an element below the root stands: chrome and invisible parts are left out. */
function placeOf(child: Element, tag: string, inItem: boolean): number {
  if (SKIP.has(tag) || (!inItem && (tag === 'HEADER' || tag === 'FOOTER'))) return LEFT_OUT;
  if (tag === 'FORM' && !textAtLeast(child, WRAPPER_FORM_TEXT)) return LEFT_OUT;
  return inItem ? IN_ITEM : BELOW;
}

// A run of this many siblings of one tag and one child layout (cards of a review list,
// entries of a mega menu) is read from a spread sample of its members' insides.
export const RUN = 24;
const RUN_SAMPLE = 12;
// Added to a place: visit the element itself (scripts, items, tables) but not its insides.
const SHALLOW = 8;

/** True when a script or a microdata item sits below el. */
function holdsStructured(el: Element, read: (el: Element) => readonly Element[]): boolean {
  const stack = [...read(el)];
  while (stack.length) {
    const cur = stack.pop()!;
    if (cur.tagName.toUpperCase() === 'SCRIPT' || hasAttr(cur, 'itemscope')) return true;
    const kids = read(cur);
    for (let i = 0; i < kids.length; i++) stack.push(kids[i]);
  }
  return false;
}

/** Spread indexes of a run: its ends and evenly between them. */
function spread(run: readonly number[], k: number): Set<number> {
  const keep = new Set<number>();
  for (let j = 0; j < k; j++) keep.add(run[Math.round((j * (run.length - 1)) / (k - 1))]);
  return keep;
}

/** Marks the run's members outside its sample, unless the sample holds structured data. */
function markRun(run: readonly number[], k: number, kids: readonly Element[], read: (el: Element) => readonly Element[], out: Uint8Array | null): Uint8Array | null {
  const keep = spread(run, k);
  for (const i of keep) if (holdsStructured(kids[i], read)) return out;
  out ??= new Uint8Array(kids.length);
  for (const i of run) if (!keep.has(i)) out[i] = 1;
  return out;
}

/**
 * Which of `kids` are visited without their insides: members of a long run of look-alike
 * siblings outside a spread sample of it. A page of 10,000 review cards holds one group,
 * and a sample of cards shows what any card holds inside (a nested list, a table); reading
 * every card's insides on top of reading every card is what made capture slow. A run is
 * read whole when its sample holds a script or a microdata item, so structured data is
 * never half found. null when every kid is read whole.
 */
function sampledOut(parent: Element, kids: readonly Element[]): Uint8Array | null {
  const { list, of } = layoutsOf(parent);
  let out: Uint8Array | null = null;
  for (let l = 0; l < list.length; l++) {
    // A leaf has no insides to skip.
    if (list[l].count < RUN || list[l].tags.length === 0) continue;
    const run: number[] = [];
    for (let i = 0; i < kids.length; i++) if (of[i] === l) run.push(i);
    out = markRun(run, RUN_SAMPLE, kids, childElements, out);
  }
  return out;
}

// In page chrome (header, footer, short forms) only scripts and items are looked for: a run
// of a few same-tag siblings (link lists, columns) is sampled there without comparing layouts.
const CHROME_RUN = 8;
const CHROME_SAMPLE = 4;

function sampledOutByTag(kids: readonly Element[]): Uint8Array | null {
  const byTag = new Map<string, number[]>();
  for (let i = 0; i < kids.length; i++) {
    const tag = kids[i].tagName;
    const run = byTag.get(tag);
    if (run) run.push(i);
    else byTag.set(tag, [i]);
  }
  let out: Uint8Array | null = null;
  for (const run of byTag.values()) if (run.length >= CHROME_RUN) out = markRun(run, CHROME_SAMPLE, kids, elementChildren, out);
  return out;
}

/**
 * Children of parts the detector does not read: only the structured readers look at them,
 * once, so they go on the stack without a child list kept for later.
 */
function pushChildren(el: Element, place: number, stack: Element[], places: number[]): void {
  const n = el.childElementCount;
  if (n >= CHROME_RUN) {
    const kids = elementChildren(el);
    const out = place === LEFT_OUT ? sampledOutByTag(kids) : null;
    for (let i = kids.length - 1; i >= 0; i--) {
      stack.push(kids[i]);
      places.push(out?.[i] ? place + SHALLOW : place);
    }
  } else if (n > 0) {
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) {
      stack.push(c);
      places.push(place);
    }
  }
}

/**
 * Walks from `start` in document order; the detector's lists cover `root` and what lies
 * below it, never entering navigation, menus, forms, or the page's header and footer.
 * An explicit stack, so any page depth is fine.
 */
function scan(start: Element, root: Element): PageScan {
  const found = { root, scripts: [] as Element[], items: [] as Element[], parents: [] as Element[], tables: [] as Element[], groups: [] as Element[] };
  const stack: Element[] = [start];
  const places: number[] = [start === root ? BELOW : ABOVE];
  while (stack.length) {
    const el = stack.pop()!;
    let place = places.pop()!;
    if (place === ABOVE && el === root) place = BELOW;
    const names = attributeNames(el);
    if (names.length) {
      // One look at the attribute names instead of one lookup per attribute wanted.
      if (names.includes('itemscope') && names.includes('itemtype')) found.items.push(el);
      if (el.tagName.toUpperCase() === 'SCRIPT') found.scripts.push(el);
    }
    const tag = el.tagName;
    const role = attr(el, 'role');
    if (NO_REVIEWS.has(tag) || (role && NO_REVIEW_ROLES.has(role))) continue;
    if (place >= SHALLOW) {
      // A sampled-out member of a run: still a table of its own when it is one.
      if (place - SHALLOW === LEFT_OUT || !(tag === 'TABLE' || (role && TABLE_ROLES.has(role)))) continue;
      place -= SHALLOW;
    }
    if (place === ABOVE || place === LEFT_OUT) {
      pushChildren(el, place, stack, places);
      continue;
    }
    const kids = childElements(el);
    if (kids.length === 0) continue;
    if (role && CHROME_ROLES.has(role)) {
      pushChildren(el, LEFT_OUT, stack, places);
      continue;
    }
    if (tag === 'TABLE' || (role && TABLE_ROLES.has(role))) found.tables.push(el);
    const inItem = place === IN_ITEM || ITEMS.has(tag) || (role !== null && ITEM_ROLES.has(role));
    // The children's tags serve both their own places and the group screen of this parent.
    const tags = kids.map((c) => c.tagName);
    if (kids.length >= 3) {
      found.parents.push(el);
      if (!ROW_PARENTS.has(tag) && !GRID_ROLES.has(role ?? '') && threeOfATag(tags)) found.groups.push(el);
    }
    const out = kids.length >= RUN ? sampledOut(el, kids) : null;
    for (let i = kids.length - 1; i >= 0; i--) {
      stack.push(kids[i]);
      places.push(placeOf(kids[i], tags[i], inItem) + (out?.[i] ? SHALLOW : 0));
    }
  }
  return found;
}

/** The page's scan, walked once per capture (see withDomMemo) and shared by every reader. */
export function pageScan(doc: Document): PageScan | null {
  const start = doc.documentElement;
  if (!start) return null;
  return scanMemo(doc, () => scan(start, bodyOf(doc) ?? start));
}

/** The detector's lists for a subtree: the page's scan when root is the body, else a walk of root. */
export function scanBelow(root: Element): PageScan {
  const doc = root.ownerDocument;
  const page = doc && root === (bodyOf(doc) ?? doc.documentElement) ? pageScan(doc) : null;
  return page ?? scan(root, root);
}

/** The elements the structured-data readers need, in document order. */
export function structuredNodes(doc: Document): StructuredNodes {
  return pageScan(doc) ?? { scripts: [], items: [] };
}

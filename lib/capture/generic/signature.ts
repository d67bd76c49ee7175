import { childElements } from './dom-helpers';
import { memoised } from './dom-memo';

/**
 * Structure signatures: the set of tag paths up to two levels below an element. Two
 * blocks "look alike" when these sets overlap enough; class names are ignored on purpose,
 * since sites rotate them.
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export function signature(el: Element, depth = 2): Set<string> {
  const out = new Set<string>();
  walk(el, '', depth, out);
  return out;
}

function walk(el: Element, prefix: string, depth: number, out: Set<string>): void {
  if (depth === 0) return;
  const kids = childElements(el);
  // Two levels down, a sibling laid out like the one before it adds the same paths: a list
  // of 60 alike rows is walked once, not 60 times.
  const layout = depth === 2 ? layoutsOf(el).of : null;
  for (let i = 0; i < kids.length; i++) {
    const c = kids[i];
    if (SKIP.has(c.tagName)) continue;
    if (layout && i > 0 && layout[i] === layout[i - 1]) continue;
    const path = `${prefix}/${c.tagName}`;
    out.add(path);
    walk(c, path, depth - 1, out);
  }
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

export const SIMILAR = 0.5;

/**
 * Groups an element's children into clusters of look-alike siblings (same tag, similar
 * signature). Interleaved odd ones (ads, separators) fall out of the cluster.
 */
export function clusterChildren(parent: Element, minSize = 3): Element[][] {
  const kids = childElements(parent);
  const { list, of } = layoutsOf(parent);
  // Tags in order of first appearance, each with its layouts (in the same order).
  const byTag = new Map<string, number[]>();
  for (let l = 0; l < list.length; l++) {
    if (SKIP.has(list[l].tag)) continue;
    const layouts = byTag.get(list[l].tag);
    if (layouts) layouts.push(l);
    else byTag.set(list[l].tag, [l]);
  }
  const clusters: Element[][] = [];
  const seedOf = new Int32Array(list.length).fill(-1);
  const seeds: { sig: Set<string>; members: Element[] }[] = [];
  for (const layouts of byTag.values()) {
    let count = 0;
    for (const l of layouts) count += list[l].count;
    if (count < minSize) continue;
    // Siblings laid out alike share a cluster: only each layout's first member gets a
    // signature, so a page of 10,000 identical cards compares one.
    const own: typeof seeds = [];
    for (const l of layouts) {
      const sig = signature(list[l].first);
      const home = own.find((seed) => jaccard(seed.sig, sig) >= SIMILAR);
      if (home) seedOf[l] = seeds.indexOf(home);
      else {
        seedOf[l] = seeds.length;
        seeds.push({ sig, members: [] });
        own.push(seeds[seeds.length - 1]);
      }
    }
  }
  // Members in page order.
  for (let i = 0; i < kids.length; i++) if (seedOf[of[i]] >= 0) seeds[seedOf[of[i]]].members.push(kids[i]);
  for (const seed of seeds) if (seed.members.length >= minSize) clusters.push(seed.members);
  return clusters;
}

export interface Layout {
  tag: string;
  /** Child tags, in order. */
  tags: readonly string[];
  /** The first child laid out so. */
  first: Element;
  count: number;
}

/** A parent's children grouped by layout (tag and child tags): each layout in order of first appearance, and each child's layout. */
export interface Layouts {
  list: readonly Layout[];
  of: Int32Array;
}

/** The parent's children by layout, worked out once per capture and shared by the page scan and the clustering. */
export function layoutsOf(parent: Element): Layouts {
  return memoised('layouts', parent, () => groupLayouts(childElements(parent)));
}

function fits(layout: Layout, tag: string, grand: readonly Element[]): boolean {
  if (layout.tag !== tag || layout.tags.length !== grand.length) return false;
  for (let j = 0; j < grand.length; j++) if (grand[j].tagName !== layout.tags[j]) return false;
  return true;
}

// Beyond this many layouts under one parent, layouts are looked up by a key string instead
// of compared in turn, so a long list of unlike children stays linear.
const FEW_LAYOUTS = 8;

const keyOf = (tag: string, tags: readonly string[]): string => `${tag}|${tags.join(',')}`;

/**
 * Groups `kids` by layout. A list of cards has one layout or a few, and each child is
 * compared with the layout of the child before it, then with the others: no key string is
 * built per child until a parent shows many layouts.
 */
function groupLayouts(kids: readonly Element[]): Layouts {
  const list: Layout[] = [];
  const of = new Int32Array(kids.length);
  let byKey: Map<string, number> | null = null;
  let last = -1;
  for (let i = 0; i < kids.length; i++) {
    const tag = kids[i].tagName;
    const grand = childElements(kids[i]);
    let found = last >= 0 && fits(list[last], tag, grand) ? last : -1;
    if (found < 0) found = byKey ? byKey.get(keyOf(tag, grand.map((g) => g.tagName))) ?? -1 : list.findIndex((l) => fits(l, tag, grand));
    if (found < 0) {
      found = list.length;
      list.push({ tag, tags: grand.map((g) => g.tagName), first: kids[i], count: 0 });
      if (!byKey && list.length > FEW_LAYOUTS) byKey = new Map(list.map((l, n) => [keyOf(l.tag, l.tags), n]));
      else byKey?.set(keyOf(tag, list[found].tags), found);
    }
    list[found].count++;
    of[i] = found;
    last = found;
  }
  return { list, of };
}

/** Siblings of el that look like it (el included), in document order. */
export function similarSiblings(el: Element): Element[] {
  const parent = el.parentElement;
  if (!parent) return [el];
  const sig = signature(el);
  const out: Element[] = [];
  for (const c of childElements(parent)) {
    if (c === el || (c.tagName === el.tagName && jaccard(sig, signature(c)) >= SIMILAR)) out.push(c);
  }
  return out;
}

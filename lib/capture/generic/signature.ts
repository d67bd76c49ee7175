import { childElements } from './dom-helpers';

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
  for (const c of childElements(el)) {
    if (SKIP.has(c.tagName)) continue;
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
  const byTag = new Map<string, Element[]>();
  for (const c of childElements(parent)) {
    if (SKIP.has(c.tagName)) continue;
    const list = byTag.get(c.tagName);
    if (list) list.push(c);
    else byTag.set(c.tagName, [c]);
  }
  const clusters: Element[][] = [];
  for (const group of byTag.values()) {
    if (group.length < minSize) continue;
    const seeds: { sig: Set<string>; members: Element[] }[] = [];
    // Siblings with the same child tags share a cluster without a full signature: on a
    // page of 10,000 identical cards only the first few are compared.
    const byShape = new Map<string, { sig: Set<string>; members: Element[] }>();
    for (const el of group) {
      const shape = childElements(el).map((c) => c.tagName).join(',');
      const known = byShape.get(shape);
      if (known) {
        known.members.push(el);
        continue;
      }
      const sig = signature(el);
      const home = seeds.find((s) => jaccard(s.sig, sig) >= SIMILAR);
      if (home) home.members.push(el);
      else seeds.push({ sig, members: [el] });
      byShape.set(shape, home ?? seeds[seeds.length - 1]);
    }
    for (const s of seeds) if (s.members.length >= minSize) clusters.push(s.members);
  }
  return clusters;
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

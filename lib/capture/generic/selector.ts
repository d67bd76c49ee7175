import { childElements } from './dom-helpers';
import { jaccard, signature, SIMILAR } from './signature';

/**
 * Robust CSS selectors for the picker: tag plus stable attributes (data-*, role, itemprop,
 * readable class names), never values that look generated or content-specific (ids with
 * numbers, hashed classes). nth-of-type is the last resort.
 */

const STABLE_VALUE = /^[A-Za-z][\w:.\-/ ]{0,40}$/;
const GENERATED = /\d{2,}|[a-z]\d[a-z]|^(?:css|sc|jsx|svelte|emotion)-|__[a-z0-9]{5,}$/i;
const STABLE_CLASS = /^[A-Za-z_][A-Za-z_-]{1,40}$/;
const SEMANTIC_ATTRS = ['role', 'itemprop', 'itemtype'];

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Attribute parts of a selector for el, most telling first. */
function stableParts(el: Element): string[] {
  const parts: string[] = [];
  for (const name of SEMANTIC_ATTRS) {
    const v = el.getAttribute(name);
    if (v && STABLE_VALUE.test(v) && !GENERATED.test(v)) parts.push(`[${name}=${quote(v)}]`);
  }
  for (const attr of Array.from(el.attributes)) {
    if (!attr.name.startsWith('data-') || !/^[a-z][\w-]*$/.test(attr.name)) continue;
    const v = attr.value;
    if (v && STABLE_VALUE.test(v) && !GENERATED.test(v) && !/id$/.test(attr.name)) parts.push(`[${attr.name}=${quote(v)}]`);
    else parts.push(`[${attr.name}]`);
  }
  const id = el.getAttribute('id');
  if (id && STABLE_CLASS.test(id) && !GENERATED.test(id)) parts.push(`#${id}`);
  const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter((c) => STABLE_CLASS.test(c) && !GENERATED.test(c));
  for (const c of classes.slice(0, 2)) parts.push(`.${c}`);
  return parts;
}

/** Tag and up to two stable attributes; ids are dropped for repeated blocks (each is unique). */
export function ownSelector(el: Element, repeated = false): string {
  const parts = stableParts(el).filter((p) => !(repeated && p.startsWith('#')));
  return el.tagName.toLowerCase() + parts.slice(0, 2).join('');
}

function nthOfType(el: Element): string {
  const parent = el.parentElement;
  if (!parent) return el.tagName.toLowerCase();
  const same = childElements(parent).filter((c) => c.tagName === el.tagName);
  return same.length > 1 ? `${el.tagName.toLowerCase()}:nth-of-type(${same.indexOf(el) + 1})` : el.tagName.toLowerCase();
}

function selects(doc: Document, selector: string, cluster: Element[]): boolean {
  let found: Element[];
  try {
    found = Array.from(doc.querySelectorAll(selector));
  } catch {
    return false;
  }
  if (!cluster.every((el) => found.includes(el))) return false;
  const sigs = cluster.slice(0, 3).map((el) => signature(el));
  return found.every((el) => cluster.includes(el) || sigs.some((s) => jaccard(s, signature(el)) >= SIMILAR));
}

/** True when the selector finds the cluster's blocks and nothing else. */
function exactly(doc: Document, selector: string, cluster: Element[]): boolean {
  const found = Array.from(doc.querySelectorAll(selector));
  return found.length === cluster.length && cluster.every((el) => found.includes(el));
}

/** Class names every element of the cluster carries, generated-looking ones included. */
function sharedClasses(cluster: Element[]): string[] {
  const classesOf = (el: Element) => (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  return classesOf(cluster[0]).filter((c) => cluster.every((el) => classesOf(el).includes(c)));
}

/**
 * A document-wide selector that finds every block of the cluster and nothing unlike
 * them: the block's own selector, then with ancestors as context, then positional.
 */
export function blockSelectorFor(doc: Document, cluster: Element[]): string | null {
  const block = cluster[0];
  let selector = ownSelector(block, true);
  const bare = selector === block.tagName.toLowerCase();
  if (!bare && selects(doc, selector, cluster)) return selector;
  // A block with nothing stable of its own: obfuscated classes ("q1", "css-3kx9") rotate when
  // the site redeploys, but one every picked block carries beats a bare tag among ads.
  if (bare) {
    for (const c of sharedClasses(cluster)) {
      const byClass = `${selector}[class~=${quote(c)}]`;
      if (exactly(doc, byClass, cluster)) return byClass;
    }
    if (selects(doc, selector, cluster)) return selector;
  }
  let anc = block.parentElement;
  for (let level = 0; anc && anc.tagName !== 'HTML' && level < 5; level++, anc = anc.parentElement) {
    selector = `${ownSelector(anc)}${level === 0 ? ' > ' : ' '}${selector}`;
    if (selects(doc, selector, cluster)) return selector;
  }
  const path: string[] = [];
  for (let cur = block.parentElement; cur && cur.tagName !== 'HTML'; cur = cur.parentElement) path.unshift(nthOfType(cur));
  selector = `${path.join(' > ')} > ${ownSelector(block, true)}`;
  return selects(doc, selector, cluster) ? selector : null;
}

/**
 * A selector for target inside block, for block.querySelector: a unique descendant
 * selector when one exists, else a :scope child path ('' means the block itself).
 */
export function relativeSelector(block: Element, target: Element): string {
  if (target === block) return '';
  const own = ownSelector(target);
  const hits = block.querySelectorAll(own);
  if (hits.length === 1 && hits[0] === target) return own;
  const steps: string[] = [];
  for (let cur: Element | null = target; cur && cur !== block; cur = cur.parentElement) {
    const parent = cur.parentElement;
    if (!parent) break;
    const sel = ownSelector(cur);
    const twins = childElements(parent).filter((c) => c.matches(sel));
    steps.unshift(twins.length > 1 ? `${sel}:nth-of-type(${childElements(parent).filter((c) => c.tagName === cur!.tagName).indexOf(cur) + 1})` : sel);
  }
  return `:scope > ${steps.join(' > ')}`;
}

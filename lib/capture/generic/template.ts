import type { ExtractedComment } from '../adapter';
import {
  authorOf, blockParts, dateOf, findTitleElement, pathFrom, readBlock, titleOf, widenParagraphs,
} from './block-fields';
import { childElements, elementText, externalIdAttribute, externalIdOf } from './dom-helpers';
import { ratingFromElement } from './rating';

/**
 * Blocks of one group share their layout, so the position of each part (text, rating,
 * date, author, title) is learnt once from a sample and then read by walking that path
 * in every block: cheap on a page of 10,000 reviews. A block whose layout differs falls
 * back to searching.
 */

type Part = 'text' | 'rating' | 'date' | 'author' | 'title';

export interface Template {
  /** Path per part; null when the sample never had the part; 'search' when it varies. */
  paths: Record<Part, string | null | 'search'>;
  /** The attribute holding the block's id when the whole sample agrees on one. */
  idAttribute: string | null | 'search';
}

function majority(paths: (string | null)[], sampleSize: number): string | null | 'search' {
  const found = paths.filter((p): p is string => p !== null);
  if (found.length === 0) return null;
  const counts = new Map<string, number>();
  for (const p of found) counts.set(p, (counts.get(p) ?? 0) + 1);
  let best = '';
  let n = 0;
  for (const [p, c] of counts) if (c > n) [best, n] = [p, c];
  return n >= Math.min(3, sampleSize) && n / found.length >= 0.6 ? best : 'search';
}

/** A text element at paragraph level, so one- and multi-paragraph texts share a path. */
function textAnchor(block: Element, el: Element): Element {
  const kids = childElements(el);
  return el !== block && el.tagName !== 'P' && kids[0]?.tagName === 'P' && kids.length > 1 ? kids[0] : el;
}

export function learnTemplate(sample: Element[]): Template {
  const parts: Record<Part, (string | null)[]> = { text: [], rating: [], date: [], author: [], title: [] };
  for (const block of sample) {
    const { textEl, rating, date, author } = blockParts(block);
    const at = (el: Element | null | undefined): string | null => (el ? pathFrom(block, el) : null);
    parts.text.push(at(textEl ? textAnchor(block, textEl) : null));
    parts.rating.push(at(rating?.element));
    parts.date.push(at(date?.element));
    parts.author.push(at(author?.element));
    parts.title.push(at(findTitleElement(block, textEl)));
  }
  const n = sample.length;
  const ids = new Set(sample.map((b) => externalIdAttribute(b)));
  return {
    idAttribute: ids.size === 1 ? [...ids][0] : 'search',
    paths: {
      text: majority(parts.text, n),
      rating: majority(parts.rating, n),
      date: majority(parts.date, n),
      author: majority(parts.author, n),
      title: majority(parts.title, n),
    },
  };
}

const PARTS: readonly Part[] = ['text', 'rating', 'date', 'author', 'title'];

/** One step of the learnt paths, shared by every part whose path runs through it. */
interface Step {
  tag: string;
  /** Among the parent's children of this tag. */
  index: number;
  /** The parts whose path ends here, one bit each (PARTS order). */
  parts: number;
  next: Step[];
  /** Scratch for walk(): children of this tag seen so far in the current block. */
  seen: number;
}

interface Compiled {
  /** Steps below the block; parts whose path is the block itself are in `here`. */
  steps: Step[];
  here: number;
  /** Parts the group has but in no fixed place: searched in every block. */
  searched: boolean;
}

// Paths parsed once per template, not once per block of a 10,000-block page.
const compiled = new WeakMap<Template, Compiled>();

function compile(t: Template): Compiled {
  let c = compiled.get(t);
  if (c) return c;
  c = { steps: [], here: 0, searched: false };
  for (const [bit, part] of PARTS.entries()) {
    const path = t.paths[part];
    if (path === null) continue;
    if (path === 'search') {
      c.searched = true;
      continue;
    }
    if (path === '') {
      c.here |= 1 << bit;
      continue;
    }
    let level = c.steps;
    let step: Step | undefined;
    for (const raw of path.split('/')) {
      const colon = raw.indexOf(':');
      const tag = raw.slice(0, colon);
      const index = Number(raw.slice(colon + 1));
      step = level.find((s) => s.tag === tag && s.index === index);
      if (!step) level.push((step = { tag, index, parts: 0, next: [], seen: 0 }));
      level = step.next;
    }
    step!.parts |= 1 << bit;
  }
  compiled.set(t, c);
  return c;
}

/** Where each part is in one block, and the text element's parent. */
interface Found {
  text: Element | null;
  rating: Element | null;
  date: Element | null;
  author: Element | null;
  title: Element | null;
  textParent: Element | null;
}

/**
 * Follows every learnt path through one block at once (pathFrom's inverse): each level's
 * children are stepped through once, and only as far as the last part needs. False when a
 * step is missing: the block is laid out unlike its group.
 */
function walk(el: Element, kids: readonly Element[] | null, steps: readonly Step[], found: Found): boolean {
  let left = steps.length;
  let whole = true;
  for (let s = 0; s < steps.length; s++) steps[s].seen = 0;
  let i = 0;
  for (let c = kids ? kids[0] : el.firstElementChild; c && left > 0; c = kids ? kids[++i] : c.nextElementSibling) {
    const tag = c.tagName;
    for (let s = 0; s < steps.length; s++) {
      const step = steps[s];
      if (step.tag !== tag || step.seen++ !== step.index) continue;
      left--;
      if (step.parts) place(found, step.parts, c, el);
      // On, even past a missing step: the fallback search starts from the parts found.
      if (step.next.length && !walk(c, null, step.next, found)) whole = false;
    }
  }
  return whole && left === 0;
}

/** Records c as the parts in `bits` (PARTS order); el is c's parent. */
function place(found: Found, bits: number, c: Element, el: Element | null): void {
  if (bits & 1) {
    found.text = c;
    found.textParent = el;
  }
  if (bits & 2) found.rating = c;
  if (bits & 4) found.date = c;
  if (bits & 8) found.author = c;
  if (bits & 16) found.title = c;
}

const hasText = (el: Element): boolean => !!(el.textContent ?? '').trim();

/** A paragraph whose parent holds only paragraphs is part of a multi-paragraph text (widenParagraphs, parent known). */
function widen(block: Element, el: Element, parent: Element | null): Element {
  return parent === block || parent === null ? el : widenParagraphs(block, el);
}

export function readWithTemplate(block: Element, t: Template, url: string, site: string, others?: ReadonlySet<Element>): ExtractedComment {
  const plan = compile(t);
  const found: Found = { text: null, rating: null, date: null, author: null, title: null, textParent: null };
  if (plan.here) place(found, plan.here, block, null);
  // A missing step or a part that varies: search the block instead.
  const whole = walk(block, childElements(block), plan.steps, found);
  if (plan.searched || !whole) {
    const textEl = t.paths.text !== null && t.paths.text !== 'search' ? found.text : null;
    return readBlock(block, url, site, others, textEl && hasText(textEl) ? widenParagraphs(block, textEl) : undefined);
  }
  const textEl = found.text;
  const textBlock = textEl ? widen(block, textEl, found.textParent) : null;
  const text = textBlock ? elementText(textBlock) : '';
  // Visible text of the element itself proves it holds text; only without it is textContent asked.
  if (textEl && !(text && textBlock === textEl) && !hasText(textEl)) return readBlock(block, url, site, others);
  return {
    text,
    title: titleOf(found.title),
    author: authorOf(found.author),
    date: dateOf(found.date),
    rating: found.rating ? ratingFromElement(found.rating) : null,
    externalId: t.idAttribute === 'search' ? externalIdOf(block) : t.idAttribute === null ? null : block.getAttribute(t.idAttribute)?.trim() || null,
    site,
    url,
    element: block,
  };
}

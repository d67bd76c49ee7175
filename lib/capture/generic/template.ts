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

type Step = readonly [tag: string, index: number];
type Compiled = Record<Part, readonly Step[] | null | 'search'>;

// Paths parsed once per template, not once per block of a 10,000-block page.
const compiled = new WeakMap<Template, Compiled>();

function compile(t: Template): Compiled {
  let c = compiled.get(t);
  if (!c) {
    const steps = (p: string | null | 'search'): readonly Step[] | null | 'search' =>
      p === null || p === 'search' ? p : p === '' ? [] : p.split('/').map((step) => {
        const colon = step.indexOf(':');
        return [step.slice(0, colon), Number(step.slice(colon + 1))] as const;
      });
    const { paths } = t;
    c = { text: steps(paths.text), rating: steps(paths.rating), date: steps(paths.date), author: steps(paths.author), title: steps(paths.title) };
    compiled.set(t, c);
  }
  return c;
}

/** The element a learnt path leads to in this block (pathFrom's inverse), or null when the block differs. */
function follow(block: Element, steps: readonly Step[]): Element | null {
  let cur = block;
  for (const [tag, index] of steps) {
    let left = index;
    let next: Element | null = null;
    for (const c of childElements(cur)) {
      if (c.tagName === tag && left-- === 0) {
        next = c;
        break;
      }
    }
    if (!next) return null;
    cur = next;
  }
  return cur;
}

const hasText = (el: Element): boolean => !!(el.textContent ?? '').trim();

/** A part's element by its learnt path: null when the group never has it, undefined when it must be searched. */
function fixed(block: Element, p: readonly Step[] | null | 'search'): Element | null | undefined {
  return p === null ? null : p === 'search' ? undefined : follow(block, p) ?? undefined;
}

export function readWithTemplate(block: Element, t: Template, url: string, site: string, others: ReadonlySet<Element>): ExtractedComment {
  const paths = compile(t);
  const textEl = fixed(block, paths.text);
  const ratingEl = fixed(block, paths.rating);
  const dateEl = fixed(block, paths.date);
  const authorEl = fixed(block, paths.author);
  const titleEl = fixed(block, paths.title);
  // undefined: the path did not fit this block (or the part varies): search it instead.
  if (textEl === undefined || ratingEl === undefined || dateEl === undefined || authorEl === undefined || titleEl === undefined) {
    return readBlock(block, url, site, others, textEl && hasText(textEl) ? widenParagraphs(block, textEl) : undefined);
  }
  const textBlock = textEl ? widenParagraphs(block, textEl) : null;
  const text = textBlock ? elementText(textBlock) : '';
  // Visible text of the element itself proves it holds text; only without it is textContent asked.
  if (textEl && !(text && textBlock === textEl) && !hasText(textEl)) return readBlock(block, url, site, others);
  return {
    text,
    title: titleOf(titleEl),
    author: authorOf(authorEl),
    date: dateOf(dateEl),
    rating: ratingEl ? ratingFromElement(ratingEl) : null,
    externalId: t.idAttribute === 'search' ? externalIdOf(block) : t.idAttribute === null ? null : block.getAttribute(t.idAttribute)?.trim() || null,
    site,
    url,
    element: block,
  };
}

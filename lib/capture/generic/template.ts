import type { ExtractedComment } from '../adapter';
import {
  authorOf, dateOf, findAuthor, findDate, findTitleElement, mainTextElement, pathFrom, readBlock, resolvePath, titleOf, widenParagraphs,
} from './block-fields';
import { childElements, elementText, externalIdAttribute, externalIdOf } from './dom-helpers';
import { findRating, ratingFromElement } from './rating';

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
    const textEl = mainTextElement(block);
    const at = (el: Element | null | undefined): string | null => (el ? pathFrom(block, el) : null);
    parts.text.push(at(textEl ? textAnchor(block, textEl) : null));
    parts.rating.push(at(findRating(block, textEl)?.element));
    parts.date.push(at(findDate(block)?.element));
    parts.author.push(at(findAuthor(block)?.element));
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

export function readWithTemplate(block: Element, t: Template, url: string, site: string, others: ReadonlySet<Element>): ExtractedComment {
  const { paths } = t;
  const fixed = (p: string | null | 'search'): Element | null | undefined => (p === null ? null : p === 'search' ? undefined : resolvePath(block, p) ?? undefined);
  const textEl = fixed(paths.text);
  const ratingEl = fixed(paths.rating);
  const dateEl = fixed(paths.date);
  const authorEl = fixed(paths.author);
  const titleEl = fixed(paths.title);
  // undefined: the path did not fit this block (or the part varies): search it instead.
  const textFound = !!textEl && !!(textEl.textContent ?? '').trim();
  if ([textEl, ratingEl, dateEl, authorEl, titleEl].some((e) => e === undefined) || (textEl && !textFound)) {
    return readBlock(block, url, site, others, textEl && textFound ? widenParagraphs(block, textEl) : undefined);
  }
  const text = textEl ? widenParagraphs(block, textEl) : null;
  return {
    text: text ? elementText(text) : '',
    title: titleOf(titleEl ?? null),
    author: authorOf(authorEl ?? null),
    date: dateOf(dateEl ?? null),
    rating: ratingEl ? ratingFromElement(ratingEl) : null,
    externalId: t.idAttribute === 'search' ? externalIdOf(block) : t.idAttribute === null ? null : block.getAttribute(t.idAttribute)?.trim() || null,
    site,
    url,
    element: block,
  };
}

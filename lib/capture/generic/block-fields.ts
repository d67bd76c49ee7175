import type { ExtractedComment } from '../adapter';
import { attr, childElements, childNodesOf, descendants, elementText, externalIdOf, hasAttr, isElement, parseIsoDate, TEXT_NODE } from './dom-helpers';
import { memoised } from './dom-memo';
import { findRating } from './rating';

/**
 * Reading the parts of one repeated block (a review card, a comment, a table row) by
 * structure and semantics only: no words of any language are involved.
 */

const INLINE = new Set(['A', 'B', 'I', 'EM', 'STRONG', 'SPAN', 'BR', 'Q', 'MARK', 'SMALL', 'U', 'S', 'SUB', 'SUP', 'ABBR', 'CODE', 'WBR', 'FONT']);
// Parts of a block that are never its free text (and whose insides are not either).
const NOT_TEXT = new Set(['TIME', 'BUTTON', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'CITE', 'ADDRESS', 'LABEL', 'SELECT', 'INPUT', 'TEXTAREA', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg']);
const SEMANTIC_TEXT = new Set(['reviewBody', 'text', 'description']);

function notText(el: Element): boolean {
  if (NOT_TEXT.has(el.tagName)) return true;
  const itemprop = attr(el, 'itemprop');
  return attr(el, 'role') === 'button' || itemprop === 'author' || attr(el, 'rel') === 'author';
}

/** Length of the text an element holds itself (its text nodes and inline children). */
function ownTextLength(el: Element): number {
  let n = 0;
  for (const c of childNodesOf(el)) {
    if (c.nodeType === TEXT_NODE) n += (c.nodeValue ?? '').trim().length;
    else if (isElement(c) && INLINE.has(c.tagName) && childElements(c).length <= 3) n += (c.textContent ?? '').trim().length;
  }
  return n;
}

/**
 * The element holding the block's free text: a schema.org text property or blockquote
 * when there is one, else the element with the most own text, widened to its parent when
 * the text runs over several sibling paragraphs. Nested blocks (replies) are skipped.
 */
export function mainTextElement(block: Element, others?: ReadonlySet<Element>): Element | null {
  let best: Element | null = null;
  let bestLen = 0;
  let semantic: Element | null = null;
  const visit = (el: Element): void => {
    if (semantic) return;
    const prop = attr(el, 'itemprop');
    if ((prop && SEMANTIC_TEXT.has(prop)) || el.tagName === 'BLOCKQUOTE') {
      if ((el.textContent ?? '').trim()) {
        semantic = el;
        return;
      }
    }
    const len = ownTextLength(el);
    if (len > bestLen) [best, bestLen] = [el, len];
    for (const c of childElements(el)) {
      if (!notText(c) && !others?.has(c)) visit(c);
    }
  };
  visit(block);
  const chosen = (semantic ?? best) as Element | null;
  return chosen ? widenParagraphs(block, chosen) : null;
}

/** A paragraph whose parent holds only paragraphs is part of a multi-paragraph text. */
export function widenParagraphs(block: Element, el: Element): Element {
  const parent = el.parentElement;
  if (el === block || !parent || parent === block || el.tagName !== 'P') return el;
  const kids = childElements(parent);
  const paras = kids.filter((c) => c.tagName === 'P');
  return paras.length > 1 && paras.length === kids.length ? parent : el;
}

/** Text of the block's free-text element (found when not given). */
export function mainText(block: Element, textEl: Element | null = mainTextElement(block)): string {
  return textEl ? elementText(textEl) : '';
}

const DATE_PROPS = new Set(['datePublished', 'dateCreated']);

export function findDate(block: Element): { date: string; element: Element } | null {
  const marked = descendants(block).filter((el) => el.tagName === 'TIME' || hasAttr(el, 'data-date') || hasAttr(el, 'data-timestamp') || DATE_PROPS.has(attr(el, 'itemprop') ?? ''));
  // A machine-readable datetime wins over a time element's text.
  marked.sort((a, b) => Number(!hasAttr(a, 'datetime')) - Number(!hasAttr(b, 'datetime')));
  for (const el of marked) {
    const date = dateOf(el);
    if (date) return { date, element: el };
    const ts = attr(el, 'data-timestamp');
    if (ts && /^\d{10,13}$/.test(ts)) {
      const ms = ts.length === 10 ? Number(ts) * 1000 : Number(ts);
      return { date: new Date(ms).toISOString(), element: el };
    }
  }
  return null;
}

/**
 * Author markers, most telling first. Class names are the last resort; "author"/"user"
 * are common in markup whatever the page's language.
 */
function authorRank(el: Element): number {
  const itemprop = attr(el, 'itemprop');
  if (itemprop === 'name' && el.parentElement?.closest('[itemprop="author"]')) return 0;
  if (itemprop === 'author') return 1;
  if (attr(el, 'rel') === 'author') return 2;
  if (hasAttr(el, 'data-author')) return 3;
  if (el.tagName === 'CITE') return 4;
  const cls = attr(el, 'class');
  if (cls && /author|user-?name/i.test(cls)) return 5;
  return -1;
}

/** One pass over the block (selector queries per marker are slow on large pages). */
export function findAuthor(block: Element): { author: string; element: Element } | null {
  const all = descendants(block);
  let best: Element | null = null;
  let bestRank = Infinity;
  for (let i = 0; i < all.length && bestRank > 0; i++) {
    const rank = authorRank(all[i]);
    if (rank >= 0 && rank < bestRank && authorOf(all[i])) [best, bestRank] = [all[i], rank];
  }
  return best ? { author: authorOf(best)!, element: best } : null;
}

const TITLE_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);

function titleLike(el: Element): boolean {
  const itemprop = attr(el, 'itemprop');
  return itemprop === 'headline' || itemprop === 'name' || TITLE_TAGS.has(el.tagName.toUpperCase());
}

/** The element or an ancestor is the author (a name inside it is the author's, not a title). */
function inAuthor(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (attr(cur, 'itemprop') === 'author') return true;
  return false;
}

/** A headline, name or heading below the block that is not the author's name (selector-free walk). */
export function findTitleElement(block: Element, textEl: Element | null): Element | null {
  const el = descendants(block).find((e) => titleLike(e) && !inAuthor(e));
  if (!el || (textEl && (el === textEl || el.contains(textEl)))) return null;
  return el;
}

export function titleOf(el: Element | null): string | null {
  const title = el ? elementText(el) : '';
  return title && title.length <= 200 ? title : null;
}

export function authorOf(el: Element | null): string | null {
  if (!el) return null;
  const marked = attr(el, 'data-author') || attr(el, 'content');
  const author = (marked || elementText(el)).split('\n')[0].trim();
  return author && author.length <= 80 ? author : null;
}

export function dateOf(el: Element | null): string | null {
  if (!el) return null;
  return parseIsoDate(attr(el, 'datetime') ?? attr(el, 'content') ?? attr(el, 'data-date') ?? el.textContent);
}

/** A whole block read into a comment; text may be "" when only a rating is present. */
export function readBlock(block: Element, url: string, site: string, others?: ReadonlySet<Element>, knownTextEl?: Element): ExtractedComment {
  const textEl = knownTextEl ?? mainTextElement(block, others);
  const rating = findRating(block, textEl);
  return {
    text: mainText(block, textEl),
    title: titleOf(findTitleElement(block, textEl)),
    author: findAuthor(block)?.author ?? null,
    date: findDate(block)?.date ?? null,
    rating: rating?.rating ?? null,
    externalId: externalIdOf(block),
    site,
    url,
    element: block,
  };
}

/** Where an element sits below a block: tag and index among same-tag siblings, per level. */
export function pathFrom(block: Element, el: Element): string | null {
  const steps: string[] = [];
  for (let cur: Element | null = el; cur !== block; cur = cur.parentElement) {
    if (!cur || !cur.parentElement) return null;
    const same = childElements(cur.parentElement).filter((c) => c.tagName === cur!.tagName);
    steps.unshift(`${cur.tagName}:${same.indexOf(cur)}`);
  }
  return steps.join('/');
}

/**
 * A block's parts as the detector scores them and then learns its template from them:
 * the same sampled blocks are asked twice, so within a capture each is searched once.
 */
export function blockParts(block: Element): BlockParts {
  return memoised('parts', block, () => {
    const textEl = mainTextElement(block);
    return { textEl, rating: findRating(block, textEl), date: findDate(block), author: findAuthor(block) };
  });
}

export interface BlockParts {
  textEl: Element | null;
  rating: ReturnType<typeof findRating>;
  date: ReturnType<typeof findDate>;
  author: ReturnType<typeof findAuthor>;
}

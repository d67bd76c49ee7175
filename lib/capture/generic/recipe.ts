import { z } from 'zod';
import type { ExtractedComment } from '../adapter';
import { findAuthor, findDate } from './block-fields';
import { elementText, externalIdOf, parseIsoDate } from './dom-helpers';
import { findRating, ratingFromElement } from './rating';
import { blockSelectorFor, relativeSelector } from './selector';
import { similarSiblings } from './signature';

/**
 * Point-and-click capture for pages no adapter knows. The user clicks one comment's text
 * (and optionally its rating); we climb to the block that repeats, record selectors for
 * it and its parts, and replay them on any page of the same site.
 */

const scaleSchema = z.object({ min: z.number().finite(), max: z.number().finite() }).refine((s) => s.min < s.max, 'scale.min must be below scale.max');
const selector = z.string().max(500);

export const recipeSchema = z.object({
  version: z.literal(1),
  host: z.string().min(1).max(253),
  blockSelector: selector.min(1),
  textSelector: selector,
  ratingSelector: selector.min(1).optional(),
  authorSelector: selector.min(1).optional(),
  dateSelector: selector.min(1).optional(),
  scale: scaleSchema.optional(),
});

export type Recipe = z.infer<typeof recipeSchema>;

/** Checks stored or received recipe data; throws with the first problem found. */
export function validateRecipe(data: unknown): Recipe {
  const parsed = recipeSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid recipe: ${issue.path.join('.') || 'value'}: ${issue.message}`);
  }
  return parsed.data;
}

/** Elements that hold parts of a block, never a block themselves. */
const NOT_BLOCK = new Set(['P', 'SPAN', 'TD', 'TH', 'DD', 'DT', 'A', 'B', 'I', 'EM', 'STRONG', 'SMALL', 'TIME', 'LABEL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'Q', 'IMG', 'BR', 'BODY', 'HTML']);
const CELL_ROLES = new Set(['gridcell', 'cell', 'columnheader', 'rowheader']);

function commonAncestor(a: Element, b: Element): Element {
  for (let cur: Element | null = a; cur; cur = cur.parentElement) if (cur.contains(b)) return cur;
  return a.ownerDocument.documentElement;
}

/** The lowest ancestor with the most look-alike siblings: that is the repeating block. */
function chooseBlock(textEl: Element, ratingEl?: Element): Element[] {
  const start = ratingEl ? commonAncestor(textEl, ratingEl) : textEl;
  let best: Element[] = [];
  for (let cur: Element | null = start; cur && cur.tagName !== 'BODY'; cur = cur.parentElement) {
    if (NOT_BLOCK.has(cur.tagName) || CELL_ROLES.has(cur.getAttribute('role') ?? '')) continue;
    let twins = similarSiblings(cur);
    // Siblings with exactly the block's classes are the same component; look-alikes without
    // them (an ad card of the same shape) are not, whatever their markup.
    const cls = cur.getAttribute('class');
    const sameClass = cls ? twins.filter((t) => t.getAttribute('class') === cls) : [];
    if (sameClass.length >= 2) twins = sameClass;
    if (twins.length >= 2 && twins.length > best.length) best = [cur, ...twins.filter((t) => t !== cur)];
  }
  return best;
}

export function inferRecipe(doc: Document, textEl: Element, ratingEl?: Element): Recipe {
  const cluster = chooseBlock(textEl, ratingEl);
  if (cluster.length === 0) throw new Error('No repeating block around the picked text');
  const block = cluster[0];
  const blockSelector = blockSelectorFor(doc, cluster);
  if (!blockSelector) throw new Error('No selector finds every block like the picked one');
  const rating = ratingEl ?? findRating(block, textEl)?.element;
  const parsed = rating ? ratingFromElement(rating) ?? findRating(rating)?.rating ?? null : null;
  const author = findAuthor(block)?.element;
  const date = findDate(block)?.element;
  const recipe: Recipe = {
    version: 1,
    host: new URL(doc.URL).hostname,
    blockSelector,
    textSelector: relativeSelector(block, textEl),
  };
  if (rating) recipe.ratingSelector = relativeSelector(block, rating) || ':scope';
  if (author && !author.contains(textEl)) recipe.authorSelector = relativeSelector(block, author) || undefined;
  if (date && !date.contains(textEl)) recipe.dateSelector = relativeSelector(block, date) || undefined;
  if (parsed) recipe.scale = scaleAcross(cluster, recipe.ratingSelector, parsed);
  return validateRecipe(JSON.parse(JSON.stringify(recipe)));
}

/**
 * One bare number cannot tell a 5-star rating from a 0–10 score: look at every block.
 * Any value above 5 means a 0–10 scale.
 */
function scaleAcross(cluster: Element[], ratingSelector: string | undefined, first: { min: number; max: number }): { min: number; max: number } {
  if (first.max !== 5) return { min: first.min, max: first.max };
  const values = cluster.map((b) => part(b, ratingSelector)).map((el) => (el ? ratingFromElement(el)?.value : undefined));
  return values.some((v) => v !== undefined && v > 5) ? { min: 0, max: 10 } : { min: first.min, max: first.max };
}

function part(block: Element, sel: string | undefined): Element | null {
  if (sel === undefined) return null;
  if (sel === '' || sel === ':scope') return block;
  return block.querySelector(sel);
}

export function applyRecipe(doc: Document, data: Recipe, url: string): ExtractedComment[] {
  const recipe = validateRecipe(data);
  const out: ExtractedComment[] = [];
  for (const block of Array.from(doc.querySelectorAll(recipe.blockSelector))) {
    const textEl = part(block, recipe.textSelector);
    const ratingEl = part(block, recipe.ratingSelector);
    let rating = ratingEl ? ratingFromElement(ratingEl) ?? findRating(ratingEl)?.rating ?? null : null;
    if (rating && recipe.scale && rating.value >= recipe.scale.min && rating.value <= recipe.scale.max) rating = { value: rating.value, ...recipe.scale };
    const text = textEl ? elementText(textEl) : '';
    if (!text && !rating) continue;
    const authorEl = part(block, recipe.authorSelector);
    const dateEl = part(block, recipe.dateSelector);
    out.push({
      text,
      title: null,
      author: authorEl ? elementText(authorEl).split('\n')[0] || null : null,
      date: dateEl ? parseIsoDate(dateEl.getAttribute('datetime') ?? dateEl.getAttribute('content') ?? dateEl.textContent) : null,
      rating,
      externalId: externalIdOf(block),
      site: 'recipe',
      url,
      element: block,
    });
  }
  return out;
}

import type { Rating } from '../../types';
import { attr, attributeNames, attrIn, childElements, descendants } from './dom-helpers';

/**
 * Ratings as pages show them, without relying on any language: "4/5", "4,5 of 5",
 * "★★★★☆", a bare number with a known maximum, or aria-valuenow/valuemax.
 */

const FULL_STARS = /[★⭐✭✮🌕]/gu;
const EMPTY_STARS = /[☆✩🌑]/gu;
const MAXES = new Set([5, 7, 10, 100]);

function num(raw: string): number {
  return Number(raw.replace(',', '.'));
}

/** A bare score implies its scale: up to 5 reads as stars, up to 10 as a 0–10 score. */
export function implicitScale(value: number): Rating | null {
  if (!Number.isFinite(value) || value < 0) return null;
  if (value <= 5) return { value, min: value === 0 ? 0 : 1, max: 5 };
  if (value <= 10) return { value, min: 0, max: 10 };
  return null;
}

/** Parses one label or text: "4/5", "Rated 4.5 out of 5", "4 von 5 Sternen", "★★★☆☆". */
export function parseRatingText(raw: string | null | undefined): Rating | null {
  if (!raw) return null;
  // A page of reviews shows a handful of labels thousands of times; each caller gets its own copy.
  let known = parsedLabels.get(raw);
  if (known === undefined) {
    if (parsedLabels.size >= 500) parsedLabels.clear();
    known = parseLabel(raw);
    parsedLabels.set(raw, known);
  }
  return known && { ...known };
}

const parsedLabels = new Map<string, Rating | null>();

function parseLabel(raw: string): Rating | null {
  const s = raw.trim();
  if (!s || s.length > 80) return null;
  // Dates such as 10/10/2024 or 05.03.2024 are not ratings.
  if (/\d[/.-]\d{1,2}[/.-]\d/.test(s)) return null;
  const full = s.match(FULL_STARS)?.length ?? 0;
  const empty = s.match(EMPTY_STARS)?.length ?? 0;
  if (full + empty >= 3 && full + empty <= 10) return { value: full, min: 0, max: full + empty };
  // Two numbers with at most a few short words between them: the second is the maximum.
  const pair = /(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:\/|[^\d\s/]{1,8}(?:\s+[^\d\s/]{1,8}){0,2})?\s*\/?\s*(\d{1,3})(?!\d|[.,]\d)/u.exec(s);
  if (pair) {
    const value = num(pair[1]);
    const max = num(pair[2]);
    if (MAXES.has(max) && value <= max && value >= 0) return { value, min: max === 5 || max === 7 ? 1 : 0, max };
  }
  const single = /^[^\d]{0,30}?(\d{1,2}(?:[.,]\d)?)(?!\d)[^\d]{0,30}$/u.exec(s);
  if (single) return implicitScale(num(single[1]));
  return null;
}

const LABEL_ATTRS = ['aria-label', 'title', 'alt'];

const RATING_ATTRS = ['data-rating', 'data-score', 'data-stars', 'data-rating-value', 'data-value'];

/** Rating carried by the element itself (attributes, aria-label, title, img alt, short text). */
export function ratingFromElement(el: Element, useText = true): Rating | null {
  // One read of the attribute names, then only the attributes present are fetched.
  const names = attributeNames(el);
  const now = attrIn(el, names, 'aria-valuenow');
  const vmax = attrIn(el, names, 'aria-valuemax');
  if (now && vmax) {
    const value = num(now);
    const max = num(vmax);
    const min = num(attrIn(el, names, 'aria-valuemin') ?? '0');
    if (Number.isFinite(value) && max > 0 && value <= max) return { value, min, max };
  }
  if (attrIn(el, names, 'itemprop') === 'ratingValue') {
    const value = num(attrIn(el, names, 'content') ?? el.textContent ?? '');
    const scope = el.closest('[itemscope]');
    const best = scope?.querySelector('[itemprop="bestRating"]');
    const max = best ? num(best.getAttribute('content') ?? best.textContent ?? '') : NaN;
    if (Number.isFinite(value)) return Number.isFinite(max) && value <= max ? { value, min: max <= 5 ? 1 : 0, max } : implicitScale(value);
  }
  for (let i = 0; i < RATING_ATTRS.length; i++) {
    const v = attrIn(el, names, RATING_ATTRS[i]);
    if (v && /^\s*\d{1,3}(?:[.,]\d+)?\s*$/.test(v)) {
      const maxAttr = attrIn(el, names, 'data-max') ?? attrIn(el, names, 'data-scale') ?? attrIn(el, names, 'data-best');
      const value = num(v);
      if (maxAttr && num(maxAttr) >= value) return { value, min: num(maxAttr) <= 5 ? 1 : 0, max: num(maxAttr) };
      const r = implicitScale(value);
      if (r) return r;
    }
  }
  for (let i = 0; i < LABEL_ATTRS.length; i++) {
    const r = parseRatingText(attrIn(el, names, LABEL_ATTRS[i]));
    if (r) return r;
  }
  if (useText && childElements(el).length <= 10) {
    const text = (el.textContent ?? '').trim();
    if (text.length <= 12) {
      const stars = parseRatingText(text);
      if (stars && (/[/★☆⭐]/u.test(text) || /^\d{1,2}$/.test(text))) return stars;
    }
  }
  return null;
}

/** Integer 0–10 as NPS answers are shown: "9", or with its end label "10 - Extremely likely". */
export function parseNpsScore(raw: string | null | undefined): number | null {
  const m = /^(10|\d)(?:\s*[-–:]\s*[^\d\s].*)?$/su.exec((raw ?? '').trim());
  return m ? Number(m[1]) : null;
}

const HINT_ATTRS = new Set(['alt', 'aria-label', 'title', 'itemprop', 'aria-valuenow', ...RATING_ATTRS]);

function hinted(el: Element): boolean {
  const names = attributeNames(el);
  if (names.length === 0) return false;
  if (attr(el, 'role') === 'img') return true;
  for (const name of names) if (HINT_ATTRS.has(name)) return true;
  return false;
}

const LEAF_TAGS = new Set(['SPAN', 'B', 'STRONG', 'EM', 'DIV', 'TD', 'DD', 'DATA', 'METER', 'OUTPUT']);

/**
 * The rating inside a block and the element that carries it. Attribute-carried ratings
 * win over text; a bare number counts only when it is a whole leaf (e.g. an NPS "9").
 */
export function findRating(block: Element, skip?: Element | null): { rating: Rating; element: Element } | null {
  const all = [block, ...descendants(block)].filter((el) => !(skip && (el === skip || skip.contains(el))));
  for (const el of all) {
    if (!hinted(el)) continue;
    const rating = ratingFromElement(el, false);
    if (rating) return { rating, element: el };
  }
  for (const el of all) {
    if (!LEAF_TAGS.has(el.tagName) && attr(el, 'role') !== 'gridcell') continue;
    if (el.firstElementChild) continue;
    const text = (el.textContent ?? '').trim();
    if (text.length === 0 || text.length > 12 || !/[/★☆⭐]/u.test(text)) continue;
    const rating = parseRatingText(text);
    if (rating) return { rating, element: el };
  }
  return null;
}

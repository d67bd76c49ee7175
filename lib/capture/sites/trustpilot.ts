/**
 * Trustpilot business pages (trustpilot.com/review/<domain>, every country subdomain).
 * The review cards carry stable `data-service-review-*` attributes; the JSON-LD `@graph`
 * repeats each review with its full text, date and rating scale, keyed by the review id.
 */
import type { ExtractedComment, SiteAdapter } from '../adapter';
import {
  dateOf, dedupeBy, expandControlsIn, hasType, ldString, nextPageFrom, queryAllFirst, queryFirst,
  ratingFrom, readJsonLd, textOf, type JsonObject,
} from '../dom';
import { parseIsoDate, parseNumber } from '../text';

const CARDS = [
  '[data-service-review-card-paper]', // the review card, stable across redesigns since 2022
  'article[data-service-review-id]', // older cards carried the id on the article
];
const TEXT = [
  '[data-service-review-text-typography]', // body paragraph
  '[data-review-text-typography]', // earlier name of the same attribute
];
const TITLE = [
  '[data-service-review-title-typography]', // heading inside the review link
  'a[href*="/reviews/"] h2', // the title is the link to the review's own page
];
const AUTHOR = [
  '[data-consumer-name-typography]', // reviewer name
  'a[name="consumer-profile"]', // profile link around the name
];
const RATING = [
  '[data-service-review-rating]', // its value is the star count
];
const NEXT = [
  'a[name="pagination-button-next"]', // named pagination link
  '[data-pagination-button-next-link]', // same control, data attribute
  'link[rel="next"]', // head link
];

function reviewId(card: Element): string | null {
  const own = card.getAttribute('data-service-review-id');
  if (own) return own;
  const href = card.querySelector('a[href*="/reviews/"]')?.getAttribute('href') ?? '';
  return /\/reviews\/([0-9a-f]{16,})/i.exec(href)?.[1] ?? null;
}

/** JSON-LD reviews by id: their `@id` ends with the same hex id the card links to. */
function ldReviews(doc: Document): Map<string, JsonObject> {
  const byId = new Map<string, JsonObject>();
  for (const o of readJsonLd(doc)) {
    if (!hasType(o, 'Review')) continue;
    const id = /([0-9a-f]{16,})\/?$/i.exec(String(o['@id'] ?? ''))?.[1];
    if (id) byId.set(id, o);
  }
  return byId;
}

function ldRating(ld: JsonObject | undefined): { value: number; min: number; max: number } | null {
  const r = ld?.reviewRating as JsonObject | undefined;
  const value = parseNumber(r?.ratingValue as string | undefined);
  if (value === null) return null;
  return ratingFrom(value, parseNumber(r?.worstRating as string | undefined) ?? 1, parseNumber(r?.bestRating as string | undefined) ?? 5);
}

function fromCard(card: Element, ld: JsonObject | undefined, url: string): ExtractedComment {
  const domText = textOf(queryFirst(card, TEXT));
  const ldText = ldString(ld?.reviewBody) ?? '';
  const ratingAttr = queryFirst(card, RATING)?.getAttribute('data-service-review-rating');
  return {
    // The card may show a shortened body; the JSON-LD always has the whole text.
    text: ldText.length > domText.length ? ldText : domText,
    title: textOf(queryFirst(card, TITLE)) || ldString(ld?.headline),
    author: textOf(queryFirst(card, AUTHOR)) || ldString(ld?.author),
    date: dateOf(card.querySelector('time[datetime]')) ?? parseIsoDate(ldString(ld?.datePublished)),
    rating: ldRating(ld) ?? ratingFrom(ratingAttr ?? null, 1, 5),
    externalId: reviewId(card),
    site: 'trustpilot',
    url,
    element: card,
  };
}

function fromLd(ld: JsonObject, id: string, url: string): ExtractedComment {
  return {
    text: ldString(ld.reviewBody) ?? '',
    title: ldString(ld.headline),
    author: ldString(ld.author),
    date: parseIsoDate(ldString(ld.datePublished)),
    rating: ldRating(ld),
    externalId: id,
    site: 'trustpilot',
    url,
  };
}

export const trustpilot: SiteAdapter<'trustpilot'> = {
  id: 'trustpilot',
  label: 'Trustpilot',
  matches: (url) => /(^|\.)trustpilot\.com$/.test(url.hostname),
  extract(doc, url) {
    const ld = ldReviews(doc);
    const cards = queryAllFirst(doc, CARDS);
    // Without cards (a redesign that dropped the attributes) the JSON-LD still has every review.
    const comments = cards.length
      ? cards.map((card) => fromCard(card, ld.get(reviewId(card) ?? ''), url))
      : [...ld].map(([id, o]) => fromLd(o, id, url));
    return dedupeBy(comments.filter((c) => c.text), (c) => c.externalId);
  },
  expandControls: (doc) => expandControlsIn(queryAllFirst(doc, CARDS), ['button[aria-expanded="false"]']),
  nextPage: (doc, url) => nextPageFrom(doc, NEXT, url),
};

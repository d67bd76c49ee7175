/**
 * Capterra review pages (capterra.com/p/<id>/<name>/reviews/ and the country sites such as
 * capterra.nl). A review has an overall comment, pros and cons, plus sub-ratings (ease of
 * use, customer service, …) that are not the review's rating. Parts are found by their
 * `data-testid`, so the page's language ("Pros", "Voordelen", "Ventajas") does not matter.
 */
import type { ExtractedComment, SiteAdapter } from '../adapter';
import {
  dateOf, dedupeBy, expandControlsIn, hasType, joinParts, ldString, nextPageFrom, queryAllFirst, queryFirst,
  ratingFrom, readJsonLd, textOf, type JsonObject,
} from '../dom';
import { parseIsoDate, parseNumber } from '../text';

const REVIEWS = [
  '[data-testid="review-card"]', // review card
  '[itemprop="review"]', // microdata on the country sites
];
const PARTS: ReadonlyArray<readonly [label: string, selectors: string[]]> = [
  ['Overall', ['[data-testid="review-overall"]', '[data-testid="review-comments"]']], // "Overall" / "Comments"
  ['Pros', ['[data-testid="review-pros"]', '[data-testid="pros"]']], // pros section
  ['Cons', ['[data-testid="review-cons"]', '[data-testid="cons"]']], // cons section
];
const TITLE = [
  '[data-testid="review-title"]', // review heading
  'h3', // the card's heading
];
const AUTHOR = [
  '[data-testid="reviewer-full-name"]', // reviewer name in the profile column
  '[itemprop="author"]', // microdata author
];
const RATING = [
  '[data-testid="overall-rating"]', // the review's own score; sub-ratings have other test ids
  '[itemprop="ratingValue"]', // microdata rating
];
const DATE = [
  '[data-testid="review-date"]', // "March 3, 2024" / "3 maart 2024"
  'time', // datetime attribute when present
  '[itemprop="datePublished"]', // microdata date
];
const NEXT = [
  'a[rel="next"]', // paginated country sites
  '[data-testid="show-more-reviews"]', // "Show more reviews" on capterra.com loads the next batch
];
// Each section starts with its heading ("Pros", "Voordelen") and icon; the answer follows.
// A "Read more" button inside a section is not part of the answer either.
const NOT_ANSWER = 'h1, h2, h3, h4, h5, h6, [role="heading"], svg, button';

function reviewId(card: Element): string | null {
  const raw = card.getAttribute('data-review-id') ?? card.id;
  return /(\d{4,})/.exec(raw ?? '')?.[1] ?? null;
}

function extractOne(card: Element, url: string): ExtractedComment {
  const parts = PARTS.map(([label, selectors]) => [label, textOf(queryFirst(card, selectors), NOT_ANSWER)] as const);
  const ratingEl = queryFirst(card, RATING);
  const ratingText = ratingEl?.getAttribute('content') ?? ratingEl?.getAttribute('aria-label') ?? textOf(ratingEl);
  return {
    // An overall comment alone stays unlabelled.
    text: parts.filter(([, t]) => t).length === 1 && parts[0][1] ? parts[0][1] : joinParts(parts),
    title: textOf(queryFirst(card, TITLE)).replace(/^["“](.*)["”]$/, '$1') || null,
    author: textOf(queryFirst(card, AUTHOR)) || null,
    date: dateOf(queryFirst(card, DATE)),
    rating: ratingFrom(ratingText, 1, 5),
    externalId: reviewId(card),
    site: 'capterra',
    url,
    element: card,
  };
}

function fromLd(o: JsonObject, url: string): ExtractedComment {
  const r = o.reviewRating as JsonObject | undefined;
  const value = parseNumber(r?.ratingValue as string | undefined);
  return {
    text: ldString(o.reviewBody) ?? '',
    title: ldString(o.name) ?? ldString(o.headline),
    author: ldString(o.author),
    date: parseIsoDate(ldString(o.datePublished)),
    rating: value === null ? null : ratingFrom(value, 1, parseNumber(r?.bestRating as string | undefined) ?? 5),
    externalId: null,
    site: 'capterra',
    url,
  };
}

export const capterra: SiteAdapter<'capterra'> = {
  id: 'capterra',
  label: 'Capterra',
  matches: (url) => /^(www\.)?capterra\.(com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/.test(url.hostname),
  extract(doc, url) {
    const cards = queryAllFirst(doc, REVIEWS);
    // Without cards, the JSON-LD `review` list still gives the reviews (unlabelled bodies).
    const comments = cards.length
      ? cards.map((c) => extractOne(c, url))
      : readJsonLd(doc).flatMap((o) => (hasType(o, 'Review') ? [o] : Array.isArray(o.review) ? (o.review as JsonObject[]) : []))
          .map((o) => fromLd(o, url));
    return dedupeBy(comments.filter((c) => c.text), (c) => c.externalId);
  },
  expandControls: (doc) => expandControlsIn(queryAllFirst(doc, REVIEWS), ['button[aria-expanded="false"]']),
  nextPage: (doc, url) => nextPageFrom(doc, NEXT, url),
};

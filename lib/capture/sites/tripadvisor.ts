/**
 * Tripadvisor hotel, restaurant and attraction pages (tripadvisor.com, .nl, .es, …).
 * Cards carry `data-automation="reviewCard"` (older: `data-reviewid`); the bubble rating is
 * an SVG titled "4.0 of 5 bubbles" (localised, digits kept). The page's JSON-LD `review`
 * list is the fallback when no card is found.
 */
import type { ExtractedComment, SiteAdapter } from '../adapter';
import {
  dedupeBy, expandControlsIn, findDateIn, hasType, ldString, nextPageFrom, queryAllFirst, queryFirst,
  ratingFrom, readJsonLd, textOf, type JsonObject,
} from '../dom';
import { parseIsoDate, parseNumber } from '../text';

const REVIEWS = [
  '[data-automation="reviewCard"]', // current review card
  '[data-test-target="HR_CC_CARD"]', // hotel review card
  'div[data-reviewid]', // older layout
];
const TITLE = [
  '[data-test-target="review-title"]', // title block (links to the review's own page)
  'a[href*="ShowUserReviews"]', // the same link without the block
];
const BODY = [
  '[data-test-target="review-body"]', // review text
  '[data-automation^="reviewText"]', // text on restaurant cards
  'q', // older layout quoted the text
];
const AUTHOR = [
  'a[href*="/Profile/"]', // reviewer's profile link (first one holds the name, not the avatar)
];
const NEXT = [
  'a[data-smoke-attr="pagination-next-arrow"]', // current pagination arrow
  'a.next', // class name: older pagination ("ui_button nav next")
  'link[rel="next"]', // head link
];

function bubbles(card: Element): ExtractedComment['rating'] {
  const svg = card.querySelector('svg title, svg[aria-label]');
  const label = svg?.getAttribute('aria-label') ?? textOf(svg);
  if (label) return ratingFrom(label, 1, 5);
  // Class names last: "ui_bubble_rating bubble_45" is 4.5 bubbles in the old layout.
  const m = /\bbubble_(\d)(\d)\b/.exec(card.querySelector('[class*="bubble_"]')?.getAttribute('class') ?? '');
  return m ? ratingFrom(Number(`${m[1]}.${m[2]}`), 1, 5) : null;
}

function reviewId(card: Element): string | null {
  const own = card.getAttribute('data-reviewid');
  if (own) return own;
  const href = card.querySelector('a[href*="ShowUserReviews"]')?.getAttribute('href') ?? '';
  return /-r(\d+)-/.exec(href)?.[1] ?? null;
}

function author(card: Element): string | null {
  const names = Array.from(card.querySelectorAll(AUTHOR[0])).map((a) => textOf(a)).filter(Boolean);
  return names[0] ?? null;
}

function date(card: Element): string | null {
  // "Written March 5, 2024" / "Geschreven op 5 maart 2024": the first full date of the card.
  // The stay month ("Mar 2024") has no day and is not read as a date; an owner's reply,
  // dated too, comes after the review's own line.
  const lines = Array.from(card.querySelectorAll('div, span')).filter((e) => e.children.length === 0);
  return lines.map((e) => findDateIn(textOf(e))).find((d) => d !== null) ?? null;
}

function extractOne(card: Element, url: string): ExtractedComment {
  return {
    text: textOf(queryFirst(card, BODY), 'button'),
    title: textOf(queryFirst(card, TITLE)) || null,
    author: author(card),
    date: date(card),
    rating: bubbles(card),
    externalId: reviewId(card),
    site: 'tripadvisor',
    url,
    element: card,
  };
}

function fromLd(o: JsonObject, url: string): ExtractedComment {
  const value = parseNumber((o.reviewRating as JsonObject | undefined)?.ratingValue as string | undefined);
  return {
    text: ldString(o.reviewBody) ?? ldString(o.description) ?? '',
    title: ldString(o.name),
    author: ldString(o.author),
    date: parseIsoDate(ldString(o.datePublished)),
    rating: value === null ? null : ratingFrom(value, 1, 5),
    externalId: null,
    site: 'tripadvisor',
    url,
  };
}

export const tripadvisor: SiteAdapter<'tripadvisor'> = {
  id: 'tripadvisor',
  label: 'Tripadvisor',
  matches: (url) => /^(www\.|[a-z]{2}\.)?tripadvisor\.(com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/.test(url.hostname),
  extract(doc, url) {
    const cards = queryAllFirst(doc, REVIEWS);
    const comments = cards.length
      ? cards.map((c) => extractOne(c, url))
      : readJsonLd(doc).flatMap((o) => (Array.isArray(o.review) ? (o.review as JsonObject[]) : hasType(o, 'Review') ? [o] : []))
          .map((o) => fromLd(o, url));
    return dedupeBy(comments.filter((c) => c.text), (c) => c.externalId);
  },
  expandControls: (doc) =>
    expandControlsIn(queryAllFirst(doc, REVIEWS), [
      'button[aria-expanded="false"]', // "Read more" toggle
      '[data-test-target="expand-review"]', // older "More" link
    ]),
  nextPage: (doc, url) => nextPageFrom(doc, NEXT, url),
};

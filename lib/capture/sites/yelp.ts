/**
 * Yelp business pages (yelp.com/biz/<name>, every country site). Class names are hashed
 * and rotate, so a review is recognised by structure: a list item with a star image
 * (`[role="img"][aria-label="4 star rating"]`) and a text block in a `lang` attribute.
 */
import type { ExtractedComment, SiteAdapter } from '../adapter';
import {
  dedupeBy, expandControlsIn, nextPageFrom, outermost, queryFirst, ratingFrom, textOf,
} from '../dom';
import { parseIsoDate } from '../text';

const CANDIDATES = [
  '[data-review-id]', // review item where Yelp marks it with its id
  '#reviews li', // items of the reviews section's list
];
const STARS = '[role="img"][aria-label]'; // "4 star rating", "4 sterren": digits are read
const TEXT = [
  'p [lang]', // the review paragraph's text span carries its language
  '[lang]', // text block without the paragraph
];
const AUTHOR = [
  'a[href*="/user_details"]', // reviewer's profile link
];
const NEXT = [
  'link[rel="next"]', // head link
  'a[rel="next"]', // pagination link
  'a.next-link', // class name: Yelp's "next" arrow has no attribute but its class
];

function isReview(el: Element): boolean {
  return el.querySelector(STARS) !== null && queryFirst(el, TEXT) !== null;
}

function reviews(doc: Document): Element[] {
  const found = CANDIDATES.flatMap((s) => Array.from(doc.querySelectorAll(s))).filter(isReview);
  return outermost(found.filter((el, i) => found.indexOf(el) === i));
}

function reviewId(card: Element): string | null {
  const own = card.getAttribute('data-review-id');
  if (own) return own;
  // Share links carry the review id as "hrid".
  const href = card.querySelector('a[href*="hrid="]')?.getAttribute('href') ?? '';
  return /[?&]hrid=([\w-]+)/.exec(href)?.[1] ?? null;
}

function extractOne(card: Element, url: string): ExtractedComment {
  const date = Array.from(card.querySelectorAll('span'))
    .map((s) => parseIsoDate(textOf(s), { dayFirst: false }))
    .find((d) => d !== null);
  return {
    text: textOf(queryFirst(card, TEXT)),
    title: null,
    author: textOf(queryFirst(card, AUTHOR)) || null,
    date: date ?? null,
    rating: ratingFrom(card.querySelector(STARS)?.getAttribute('aria-label'), 1, 5),
    externalId: reviewId(card),
    site: 'yelp',
    url,
    element: card,
  };
}

export const yelp: SiteAdapter<'yelp'> = {
  id: 'yelp',
  label: 'Yelp',
  matches: (url) => /^(www\.|m\.)?yelp\.(com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/.test(url.hostname),
  extract: (doc, url) =>
    dedupeBy(reviews(doc).map((c) => extractOne(c, url)).filter((c) => c.text), (c) => c.externalId),
  expandControls: (doc) => expandControlsIn(reviews(doc), ['button[aria-expanded="false"]']),
  nextPage: (doc, url) => nextPageFrom(doc, NEXT, url),
};

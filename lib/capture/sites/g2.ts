/**
 * G2 product review pages (g2.com/products/<name>/reviews). Each review is a schema.org
 * `Review` in microdata with an id "survey-response-<n>". The body answers fixed questions
 * in a fixed order ("What do you like best…", "What do you dislike…", "What problems…"):
 * the sections are told apart by their position, never by the question's wording.
 */
import type { ExtractedComment, SiteAdapter } from '../adapter';
import {
  dateOf, dedupeBy, expandControlsIn, joinParts, nextPageFrom, queryAllFirst, queryFirst, ratingFrom, textOf,
} from '../dom';

const REVIEWS = [
  '[itemprop="review"][itemtype*="schema.org/Review"]', // microdata review
  '[id^="survey-response-"]', // G2's review anchor ("…/reviews#survey-response-123")
];
const BODY = [
  '[itemprop="reviewBody"]', // container of the answered questions
];
const RATING = [
  '[itemprop="reviewRating"] [itemprop="ratingValue"]', // the review's own rating, not the product's
  '[itemprop="ratingValue"]', // microdata without the Rating wrapper
];
const TITLE = [
  '[itemprop="name"]', // review title (the author's name property is filtered out)
  'h3', // the card's heading
];
const AUTHOR = [
  '[itemprop="author"] [itemprop="name"]', // reviewer in microdata (often a meta)
  '[itemprop="author"]', // reviewer without a name property
];
const NEXT = [
  'a[rel="next"]', // pagination link
  'link[rel="next"]', // head link
];
// Labels for the answers, by position in G2's fixed question order.
const PART_LABELS = ['Likes', 'Dislikes', 'Problems solved', 'Recommendations'];
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

function attrOrText(el: Element | null): string {
  if (!el) return '';
  return el.getAttribute('content') ?? textOf(el);
}

/** Each answer is a block with a question heading followed by the answer text. */
function bodyText(review: Element): string {
  const body = queryFirst(review, BODY);
  if (!body) return '';
  const sections = Array.from(body.children).filter((s) => s.querySelector(HEADING));
  if (!sections.length) return textOf(body);
  return joinParts(sections.map((s, i) => [PART_LABELS[i] ?? textOf(s.querySelector(HEADING)), textOf(s, HEADING)] as const));
}

function rating(review: Element): ExtractedComment['rating'] {
  const value = attrOrText(queryFirst(review, RATING));
  if (value) return ratingFrom(value, 1, 5);
  // Class names last: the star widget's "stars-9" counts half stars.
  const half = /\bstars-(\d{1,2})\b/.exec(review.querySelector('[class*="stars-"]')?.getAttribute('class') ?? '');
  return half ? ratingFrom(Number(half[1]) / 2, 1, 5) : null;
}

function title(review: Element): string | null {
  for (const s of TITLE) {
    const el = Array.from(review.querySelectorAll(s)).find((e) => !e.closest('[itemprop="author"]'));
    // G2 prints titles in quotation marks.
    if (el) return attrOrText(el).replace(/^["“](.*)["”]$/, '$1') || null;
  }
  return null;
}

function extractOne(review: Element, url: string): ExtractedComment {
  const id = review.id || review.querySelector('[id^="survey-response-"]')?.id || '';
  return {
    text: bodyText(review),
    title: title(review),
    author: attrOrText(queryFirst(review, AUTHOR)) || null,
    date: dateOf(review.querySelector('[itemprop="datePublished"]') ?? review.querySelector('time')),
    rating: rating(review),
    externalId: /survey-response-(\d+)/.exec(id)?.[1] ?? null,
    site: 'g2',
    url,
    element: review,
  };
}

export const g2: SiteAdapter<'g2'> = {
  id: 'g2',
  label: 'G2',
  matches: (url) => /(^|\.)g2\.com$/.test(url.hostname),
  extract: (doc, url) =>
    dedupeBy(queryAllFirst(doc, REVIEWS).map((r) => extractOne(r, url)).filter((c) => c.text), (c) => c.externalId),
  expandControls: (doc) =>
    expandControlsIn(queryAllFirst(doc, REVIEWS), ['[aria-expanded="false"]']),
  nextPage: (doc, url) => nextPageFrom(doc, NEXT, url),
};

/**
 * Amazon product and review-list pages, every storefront (amazon.com, .nl, .de, .co.uk, …).
 * Amazon has no review JSON-LD; its `data-hook` attributes have been stable for years.
 */
import type { ExtractedComment, SiteAdapter } from '../adapter';
import {
  dedupeBy, expandControlsIn, findDateIn, nextPageFrom, queryAllFirst, queryFirst, ratingFrom, textOf,
} from '../dom';

const HOSTS = /^(www\.|smile\.)?amazon\.(com|ca|de|nl|fr|es|it|se|pl|in|sg|ae|sa|eg|co\.uk|co\.jp|com\.au|com\.be|com\.br|com\.mx|com\.tr)$/;

const REVIEWS = [
  '[data-hook="review"]', // one per review on the product page and the review list
  '[id^="customer_review-"]', // the inner section when the hook is missing
];
const STARS = [
  '[data-hook="review-star-rating"]', // "4.0 out of 5 stars" in .a-icon-alt
  '[data-hook="cmps-review-star-rating"]', // same on reviews from other countries
  'i[class*="a-star-"]', // class names last: the icon's class carries the star count
];
const TITLE = [
  '[data-hook="review-title"]', // link or span holding the title (and, lately, the stars)
];
const BODY = [
  '[data-hook="review-body"]', // full text
  '[data-hook="review-collapsed"]', // collapsed text on newer cards without review-body
];
const AUTHOR = [
  '.a-profile-name', // class name: Amazon's profile widget has no data-hook for the name
];
const NEXT = [
  'li.a-last a', // class names: the pagination list's "Next page" item (no data-hook)
  '[data-hook="show-more-button"]', // newer review lists load ten more on click
  'a[rel="next"]', // fallback
];

function reviewId(review: Element): string | null {
  const id = review.id || review.querySelector('[id^="customer_review-"]')?.id || '';
  return /\b(R[0-9A-Z]{8,})$/.exec(id)?.[1] ?? null;
}

function stars(review: Element): string {
  const el = queryFirst(review, STARS);
  if (!el) return '';
  const label = textOf(el);
  if (label) return label;
  // An icon without its hidden label: "a-star-4-5" means 4.5 of 5.
  const m = /a-star-(\d)(?:-(\d))?/.exec(el.getAttribute('class') ?? '');
  return m ? `${m[1]}${m[2] ? `.${m[2]}` : ''}/5` : '';
}

function extractOne(review: Element, url: string): ExtractedComment {
  const starText = stars(review);
  // Newer cards put the star icon inside the title element: keep the words that follow it.
  const title = textOf(queryFirst(review, TITLE), '[data-hook$="star-rating"], .a-icon-alt');
  return {
    text: textOf(queryFirst(review, BODY), '[data-action="a-expander-toggle"], .a-expander-prompt, script'),
    title: title || null,
    author: textOf(queryFirst(review, AUTHOR)) || null,
    date: findDateIn(textOf(review.querySelector('[data-hook="review-date"]'))),
    rating: ratingFrom(starText, 1, 5),
    externalId: reviewId(review),
    site: 'amazon',
    url,
    element: review,
  };
}

export const amazon: SiteAdapter<'amazon'> = {
  id: 'amazon',
  label: 'Amazon',
  matches: (url) => HOSTS.test(url.hostname),
  extract(doc, url) {
    const reviews = queryAllFirst(doc, REVIEWS).map((r) => extractOne(r, url));
    // "Top positive/critical" highlights repeat a review of the list, often shortened:
    // keep one per id, with the longest text, at the first place it appears.
    const longest = new Map<string, ExtractedComment>();
    for (const c of reviews) {
      const prev = c.externalId ? longest.get(c.externalId) : undefined;
      if (c.externalId && (!prev || c.text.length > prev.text.length)) longest.set(c.externalId, c);
    }
    const kept = reviews.map((c) => (c.externalId ? (longest.get(c.externalId) as ExtractedComment) : c));
    return dedupeBy(kept.filter((c) => c.text), (c) => c.externalId);
  },
  expandControls: (doc) =>
    expandControlsIn(queryAllFirst(doc, REVIEWS), [
      '[data-action="a-expander-toggle"][aria-expanded="false"]', // "Read more" on long reviews
      '[data-hook="expand-collapse-read-more-less"]', // older review pages
    ]),
  nextPage: (doc, url) => nextPageFrom(doc, NEXT, url),
};

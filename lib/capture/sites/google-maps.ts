/**
 * Google Maps place reviews (google.com/maps and the country domains, maps.google.com).
 * No structured data and obfuscated class names that rotate: anchor on `data-review-id`,
 * ARIA labels, `lang` and the contributor link. The feed loads more reviews on scroll,
 * not through a control.
 */
import type { ExtractedComment, SiteAdapter } from '../adapter';
import { dedupeBy, expandControlsIn, outermost, queryFirst, ratingFrom, textOf } from '../dom';

const REVIEWS = 'div[data-review-id]'; // outer card, with nested copies of the same id inside
const STARS = [
  '[role="img"][aria-label]', // "4 stars", "4 sterren", "4 estrellas": digits are read
];
const TEXT = [
  '[id][lang]', // the text block carries the review's language and an id the "More" button controls
  '[lang]', // the text block without id
];
const AUTHOR = [
  'a[href*="/maps/contrib/"]', // contributor profile link
  'button[data-href*="/maps/contrib/"]', // the same, rendered as a button
];
// Owner replies sit inside the review card: keep them out of the reviewer's text.
const NOT_TEXT = 'button, [aria-label][role="img"]';

function text(card: Element): string {
  const block = queryFirst(card, TEXT);
  return textOf(block, NOT_TEXT);
}

function rating(card: Element): ExtractedComment['rating'] {
  const label = queryFirst(card, STARS)?.getAttribute('aria-label');
  if (label) return ratingFrom(label, 1, 5);
  // Hotels show the score as plain "4/5" text instead of a star image.
  const plain = Array.from(card.querySelectorAll('span')).map((s) => textOf(s)).find((t) => /^\d(?:[.,]\d)?\/5$/.test(t));
  return ratingFrom(plain ?? null, 1, 5);
}

function author(card: Element): string | null {
  const link = queryFirst(card, AUTHOR);
  // The card's own aria-label is the reviewer's name; the profile link holds it in its text.
  return card.getAttribute('aria-label') || link?.getAttribute('aria-label') || textOf(link) || null;
}

function cards(doc: Document): Element[] {
  return outermost(Array.from(doc.querySelectorAll(REVIEWS)));
}

export const googleMaps: SiteAdapter<'google-maps'> = {
  id: 'google-maps',
  label: 'Google Maps',
  matches: (url) =>
    (/^(www\.)?google\.[a-z.]+$/.test(url.hostname) && url.pathname.startsWith('/maps')) ||
    /^maps\.google\.[a-z.]+$/.test(url.hostname),
  extract(doc, url) {
    const comments = cards(doc).map((card) => ({
      text: text(card),
      title: null,
      author: author(card),
      // Maps only shows relative dates ("2 weeks ago"): no absolute date to record.
      date: null,
      rating: rating(card),
      externalId: card.getAttribute('data-review-id'),
      site: 'google-maps',
      url,
      element: card,
    }));
    return dedupeBy(comments.filter((c) => c.text), (c) => c.externalId);
  },
  expandControls: (doc) =>
    expandControlsIn(cards(doc), [
      'button[aria-expanded="false"][aria-controls]', // "More" inside the text block
      'button[jsaction*="expandReview"]', // same button by its action name
    ]),
  // The review feed grows as it is scrolled; there is no page link or button to follow.
  nextPage: () => null,
};

/**
 * Booking.com hotel pages and their review list. The JSON-LD describes the hotel and its
 * aggregate score only, so reviews come from the `data-testid="review-card"` cards, whose
 * parts all carry test ids. Booking scores a stay from 1 to 10 ("8,0"): a guest cannot
 * give less than 1, so the scale is recorded as 1–10, not the 0–10 of an NPS question.
 */
import type { ExtractedComment, SiteAdapter } from '../adapter';
import {
  dedupeBy, expandControlsIn, findDateIn, isDisabled, joinParts, nextPageFrom, parseStarLabel, queryAllFirst,
  queryFirst, ratingFrom, textOf,
} from '../dom';

const REVIEWS = [
  '[data-testid="review-card"]', // review card on the hotel page and in the reviews dialog
];
// Liked and disliked are found by test id, whatever the page's language calls them.
const LIKED = ['[data-testid="review-positive-text"]']; // "Liked" / "Vond het goed" part
const DISLIKED = ['[data-testid="review-negative-text"]']; // "Disliked" / "Vond het niet goed" part
const TITLE = ['[data-testid="review-title"]']; // the guest's headline
const SCORE = ['[data-testid="review-score"]']; // "Scored 8.0" plus the badge "8.0"
const DATE = ['[data-testid="review-date"]']; // "Reviewed: 9 November 2025" / "Beoordeeld: 9 november 2025"
const AVATAR = ['[data-testid="review-avatar"]']; // name, then country
const NEXT = [
  'link[rel="next"]', // head link of the paginated review page
  '#review_next_page_link', // older review list page
  'a.pagenext', // class name: older review list pagination
];

function author(card: Element): string | null {
  const avatar = queryFirst(card, AVATAR);
  if (!avatar) return null;
  // The avatar block holds the name, then the country: the name is its first text leaf.
  const leaf = Array.from(avatar.querySelectorAll('*')).find((e) => e.children.length === 0 && textOf(e));
  return textOf(leaf ?? avatar) || null;
}

function score(card: Element): ExtractedComment['rating'] {
  // "Scored 8.0 8.0" / "Score: 8,0": the first number is the score; the scale is always 1–10.
  const value = parseStarLabel(textOf(queryFirst(card, SCORE)), 10)?.value;
  return value === undefined ? null : ratingFrom(value, 1, 10);
}

function extractOne(card: Element, url: string): ExtractedComment {
  return {
    text: joinParts([
      ['Liked', textOf(queryFirst(card, LIKED), 'button')],
      ['Disliked', textOf(queryFirst(card, DISLIKED), 'button')],
    ]),
    title: textOf(queryFirst(card, TITLE)) || null,
    author: author(card),
    date: findDateIn(textOf(queryFirst(card, DATE))),
    rating: score(card),
    // Booking shows no review id on the page.
    externalId: card.getAttribute('data-review-id'),
    site: 'booking',
    url,
    element: card,
  };
}

/**
 * The reviews dialog paginates with buttons in a nav: the current page is marked with
 * aria-current and the last button is "next" (labelled in the page's language).
 */
function dialogNext(doc: Document): Element | null {
  const current = doc.querySelector('nav button[aria-current="page"], nav [aria-current="page"]');
  const nav = current?.closest('nav');
  const buttons = nav ? Array.from(nav.querySelectorAll('button')) : [];
  const last = buttons[buttons.length - 1];
  if (!last || last === current || isDisabled(last) || last.hasAttribute('aria-current')) return null;
  return last;
}

export const booking: SiteAdapter<'booking'> = {
  id: 'booking',
  label: 'Booking.com',
  matches: (url) => /(^|\.)booking\.com$/.test(url.hostname),
  extract: (doc, url) =>
    dedupeBy(queryAllFirst(doc, REVIEWS).map((c) => extractOne(c, url)).filter((c) => c.text), (c) => c.externalId),
  expandControls: (doc) => expandControlsIn(queryAllFirst(doc, REVIEWS), ['button[aria-expanded="false"]']),
  nextPage(doc, url) {
    const button = dialogNext(doc);
    return button ? { kind: 'button', element: button } : nextPageFrom(doc, NEXT, url);
  },
};

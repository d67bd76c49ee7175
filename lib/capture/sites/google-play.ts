/**
 * Google Play app pages (play.google.com/store/apps/details?id=…). The JSON-LD holds only
 * the aggregate rating; each review is a block whose `<header data-review-id>` holds the
 * author, stars and date, followed by the text. The same reviews appear again in the
 * "See all reviews" dialog, so they are deduplicated by id.
 */
import type { ExtractedComment, SiteAdapter } from '../adapter';
import { dedupeBy, expandControlsIn, findDateIn, queryFirst, ratingFrom, textOf } from '../dom';

const HEADERS = 'header[data-review-id]'; // one per review, on the page and in the dialog
const STARS = [
  '[role="img"][aria-label]', // "Rated 4 stars out of five stars": only the digits are read
];
// Inside the header, everything but the name is an image, a span (date) or the menu button.
const AUTHOR_SKIP = '[role="img"], span, img, button, i';

function textAfter(header: Element): string {
  // The text is the first block after the header; later ones are "helpful" votes and replies.
  return textOf(header.nextElementSibling);
}

function extractOne(header: Element, url: string): ExtractedComment {
  const card = header.parentElement ?? header;
  const spans = Array.from(header.querySelectorAll('span')).map((s) => textOf(s));
  return {
    text: textAfter(header),
    title: null,
    author: textOf(header, AUTHOR_SKIP) || null,
    date: spans.map(findDateIn).find((d) => d !== null) ?? null,
    rating: ratingFrom(queryFirst(header, STARS)?.getAttribute('aria-label'), 1, 5),
    externalId: header.getAttribute('data-review-id'),
    site: 'google-play',
    url,
    element: card,
  };
}

function headers(doc: Document): Element[] {
  // When the dialog is open it holds the full list; the page's own few come first otherwise.
  const dialog = doc.querySelector('[role="dialog"]');
  const inDialog = dialog ? Array.from(dialog.querySelectorAll(HEADERS)) : [];
  return [...inDialog, ...Array.from(doc.querySelectorAll(HEADERS)).filter((h) => !inDialog.includes(h))];
}

export const googlePlay: SiteAdapter<'google-play'> = {
  id: 'google-play',
  label: 'Google Play',
  matches: (url) => url.hostname === 'play.google.com' && url.pathname.startsWith('/store/apps'),
  extract: (doc, url) =>
    dedupeBy(headers(doc).map((h) => extractOne(h, url)).filter((c) => c.text), (c) => c.externalId),
  expandControls: (doc) =>
    expandControlsIn(
      headers(doc).map((h) => h.parentElement ?? h),
      ['button[aria-expanded="false"]'], // long texts fold behind a toggle
    ),
  // The dialog loads more reviews as it is scrolled; there is no page link.
  nextPage: () => null,
};

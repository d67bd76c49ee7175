/**
 * Apple App Store web pages (apps.apple.com/<country>/app/<name>/id<n>, "?see-all=reviews").
 * The JSON-LD only carries the app's aggregate rating, so reviews come from the cards. The
 * cards have no data attributes; the rating sits in an ARIA-labelled figure ("4 out of 5").
 */
import type { ExtractedComment, SiteAdapter } from '../adapter';
import { dateOf, expandControlsIn, queryAllFirst, queryFirst, ratingFrom, textOf } from '../dom';

const REVIEWS = [
  '.we-customer-review', // class name: Apple's review card component, no data attribute exists
  '[aria-labelledby^="we-customer-review"]', // the card is labelled by its title's id
];
const STARS = [
  'figure[aria-label]', // "4 out of 5", "4 van 5", localised with the digits kept
  '[role="img"][aria-label]', // star images in newer layouts
];
const TITLE = [
  '[id^="we-customer-review"]', // the title, referenced by the card's aria-labelledby
  'h3', // the card's only heading
];
const BODY = [
  'blockquote', // the body is a quotation; the developer's reply is not
];
const AUTHOR = [
  '.we-customer-review__user', // class name: the user name has no other marker
];

function extractOne(card: Element, url: string): ExtractedComment {
  const labelledBy = card.getAttribute('aria-labelledby');
  const title = (labelledBy && card.ownerDocument.getElementById(labelledBy)) || queryFirst(card, TITLE);
  return {
    // The "more" button sits inside the truncated quotation.
    text: textOf(queryFirst(card, BODY), 'button'),
    title: textOf(title) || null,
    author: textOf(queryFirst(card, AUTHOR)) || null,
    date: dateOf(card.querySelector('time')),
    rating: ratingFrom(queryFirst(card, STARS)?.getAttribute('aria-label'), 1, 5),
    // Apple's web page shows no review id (the card ids are render counters).
    externalId: null,
    site: 'app-store',
    url,
    element: card,
  };
}

export const appStore: SiteAdapter<'app-store'> = {
  id: 'app-store',
  label: 'App Store',
  matches: (url) => url.hostname === 'apps.apple.com',
  extract: (doc, url) => queryAllFirst(doc, REVIEWS).map((c) => extractOne(c, url)).filter((c) => c.text),
  expandControls: (doc) =>
    expandControlsIn(queryAllFirst(doc, REVIEWS), [
      'blockquote button', // the truncation toggle inside the quotation
    ]),
  // "See all reviews" lists them on one page that grows as it is scrolled.
  nextPage: () => null,
};

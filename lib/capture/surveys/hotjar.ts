import type { SiteAdapter } from '../adapter';
import { findExpandControls } from '../expand';
import { elementText, externalIdOf, parseIsoDate } from '../generic/dom-helpers';
import { TABLE_SELECTOR, tableComments } from '../generic/table';
import { findNextPage } from '../paginate';
import { type Answer, all, hostIs, pairAnswers, surveyComment } from './answers';

/**
 * Hotjar survey responses: each response lists its questions and answers (dt/dd), an NPS
 * survey asking 0–10 and then a free-text follow-up. A response without a follow-up still
 * carries its score. The table layout of the same list is read as a table.
 */

const RESPONSE = [
  // Response cards carry a data-testid and the response id.
  '[data-testid="survey-response"]',
  // Any list item holding a question/answer list (filtered on its dt below).
  '[role="listitem"]',
];

function answersOf(response: Element): Answer[] {
  const out: Answer[] = [];
  for (const dt of Array.from(response.querySelectorAll('dt'))) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName === 'DD') out.push({ question: elementText(dt), value: elementText(dd) });
  }
  return out;
}

export const hotjar: SiteAdapter<'hotjar'> = {
  id: 'hotjar',
  label: 'Hotjar',
  matches: (url) => hostIs(url, 'hotjar.com') && url.pathname.includes('/surveys'),
  extract(doc, url) {
    const cards = all(doc, RESPONSE).filter((r) => r.querySelector('dt'));
    if (cards.length === 0) {
      return all(doc, [TABLE_SELECTOR]).flatMap((table) => tableComments(table, url, 'hotjar'));
    }
    return cards.flatMap((card) => {
      const { rating, text } = pairAnswers(answersOf(card));
      if (!rating && !text) return [];
      const time = card.querySelector('time[datetime]');
      return [surveyComment('hotjar', url, card, {
        rating,
        text,
        date: parseIsoDate(time?.getAttribute('datetime')),
        externalId: externalIdOf(card),
      })];
    });
  },
  expandControls: findExpandControls,
  nextPage: findNextPage,
};

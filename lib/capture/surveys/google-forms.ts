import type { Rating } from '../../types';
import type { ExtractedComment, SiteAdapter } from '../adapter';
import { findExpandControls } from '../expand';
import { elementText } from '../generic/dom-helpers';
import { TEXT_HEADER } from '../generic/headers';
import { findNextPage } from '../paginate';
import { type Answer, hostIs, pairAnswers, surveyComment } from './answers';

/**
 * Google Forms → Responses. Summary and Question views list the text answers of each
 * question (no pairing with the score is shown there); the Individual view shows one
 * respondent, where a linear-scale answer is the checked radio of a radiogroup.
 */

// Question cards are list items with an ARIA heading, in every view.
const QUESTION_ITEM = '[role="listitem"]';
const HEADING = '[role="heading"]';
// Summary / Question views nest a list of answers inside the question card.
const ANSWER_LIST = '[role="list"]';

function questionItems(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(QUESTION_ITEM)).filter((item) => {
    const heading = item.querySelector(HEADING);
    return heading && heading.closest(QUESTION_ITEM) === item;
  });
}

function scaleAnswer(item: Element): Rating | null {
  const radios = Array.from(item.querySelectorAll('[role="radiogroup"] [role="radio"][data-value]'));
  const values = radios.map((r) => Number(r.getAttribute('data-value'))).filter((v) => Number.isFinite(v));
  const checked = radios.find((r) => r.getAttribute('aria-checked') === 'true');
  if (!checked || values.length < 2) return null;
  return { value: Number(checked.getAttribute('data-value')), min: Math.min(...values), max: Math.max(...values) };
}

function answerText(item: Element): string {
  const heading = item.querySelector(HEADING);
  const parts = Array.from(item.children).filter((c) => c !== heading && !c.contains(heading));
  return parts.map((p) => elementText(p)).filter(Boolean).join('\n');
}

function individual(doc: Document, url: string, items: Element[]): ExtractedComment[] {
  const answers: Answer[] = items.map((item) => ({
    question: elementText(item.querySelector(HEADING)!),
    value: scaleAnswer(item) ? '' : answerText(item),
    rating: scaleAnswer(item),
  }));
  const { rating, text } = pairAnswers(answers);
  if (!rating && !text) return [];
  const container = items[0].parentElement ?? items[0];
  return [surveyComment('google-forms', url, container, { rating, text, externalId: container.getAttribute('data-response-id') })];
}

/** The open-text question of the summary: a "why"/"comment" heading, else the longest answers. */
function textQuestion(items: Element[]): Element | null {
  const withLists = items.filter((item) => item.querySelector(`${ANSWER_LIST} ${QUESTION_ITEM}`));
  const named = withLists.find((item) => TEXT_HEADER.test(elementText(item.querySelector(HEADING)!)));
  if (named) return named;
  let best: Element | null = null;
  let bestLen = 0;
  for (const item of withLists) {
    const answers = Array.from(item.querySelectorAll(`${ANSWER_LIST} ${QUESTION_ITEM}`));
    const avg = answers.reduce((n, a) => n + elementText(a).length, 0) / answers.length;
    if (avg > bestLen) [best, bestLen] = [item, avg];
  }
  return best;
}

export const googleForms: SiteAdapter<'google-forms'> = {
  id: 'google-forms',
  label: 'Google Forms',
  matches: (url) => hostIs(url, 'docs.google.com') && url.pathname.startsWith('/forms/'),
  extract(doc, url) {
    const items = questionItems(doc);
    if (items.length === 0) return [];
    const isSummary = items.some((item) => item.querySelector(ANSWER_LIST));
    if (!isSummary) return individual(doc, url, items);
    const question = textQuestion(items);
    if (!question) return [];
    return Array.from(question.querySelectorAll(`${ANSWER_LIST} ${QUESTION_ITEM}`))
      .map((answer) => surveyComment('google-forms', url, answer, { text: elementText(answer) }))
      .filter((c) => c.text);
  },
  expandControls: findExpandControls,
  nextPage: findNextPage,
};

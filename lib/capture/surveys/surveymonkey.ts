import type { ExtractedComment, SiteAdapter } from '../adapter';
import { findExpandControls } from '../expand';
import { elementText } from '../generic/dom-helpers';
import { findNextPage } from '../paginate';
import { all, first, pairAnswers, surveyComment } from './answers';
import { parseUsDateTime } from './us-date';

/**
 * SurveyMonkey Analyze Results: the per-question Responses list (one open-text answer
 * per respondent, no score on that view) and Individual Responses (one respondent, every
 * question: the 0–10 answer and the comment are paired there).
 */

const RESPONDENT = [
  // Individual Responses view: one container per respondent.
  '[data-testid="IndividualResponse"]',
  // Printable "all responses" export of the same view.
  '[data-testid="ResponseCard"]',
];
const QUESTION = ['[data-testid="ResponseQuestion"]', '[data-question-id]'];
const QUESTION_HEADING = ['[data-testid="QuestionHeading"]', 'h4', '[role="heading"]'];
const QUESTION_ANSWER = ['[data-testid="QuestionAnswer"]', '[data-testid="ResponseText"]'];
const RESPONSE_ITEM = [
  // Per-question Responses tab: each list item is one respondent's answer.
  '[data-testid="ResponseItem"]',
  '[data-testid="ResponsesList"] [role="listitem"]',
];
const RESPONSE_TEXT = ['[data-testid="ResponseText"]', 'p'];
const RESPONSE_DATE = ['[data-testid="ResponseDate"]', '[data-testid="LastModified"]', 'time'];

function individual(doc: Document, url: string): ExtractedComment[] {
  return all(doc, RESPONDENT).map((respondent) => {
    const answers = all(respondent, QUESTION).map((q) => ({
      question: elementText(first(q, QUESTION_HEADING) ?? q).replace(/^Q\d+\s*/, ''),
      value: elementText(first(q, QUESTION_ANSWER) ?? q),
    }));
    const { rating, text } = pairAnswers(answers);
    const date = first(respondent, RESPONSE_DATE);
    return surveyComment('surveymonkey', url, respondent, {
      text,
      rating,
      date: parseUsDateTime(date?.textContent),
      externalId: respondent.getAttribute('data-respondent-id'),
    });
  });
}

function perQuestion(doc: Document, url: string): ExtractedComment[] {
  return all(doc, RESPONSE_ITEM).map((item) =>
    surveyComment('surveymonkey', url, item, {
      text: elementText(first(item, RESPONSE_TEXT) ?? item),
      date: parseUsDateTime(first(item, RESPONSE_DATE)?.textContent),
      externalId: item.getAttribute('data-respondent-id'),
    }),
  );
}

export const surveymonkey: SiteAdapter<'surveymonkey'> = {
  id: 'surveymonkey',
  label: 'SurveyMonkey',
  // surveymonkey.com and its country domains (.co.uk, .de, .fr…).
  matches: (url) => /(^|\.)surveymonkey\.[a-z.]+$/i.test(url.hostname) && url.pathname.includes('/analyze'),
  extract(doc, url) {
    const people = individual(doc, url);
    return people.length > 0 ? people : perQuestion(doc, url).filter((c) => c.text);
  },
  expandControls: findExpandControls,
  nextPage: findNextPage,
};

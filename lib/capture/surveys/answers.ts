import type { ExtractedComment } from '../adapter';
import type { Rating } from '../../types';
import { SCORE_HEADER, TEXT_HEADER } from '../generic/headers';
import { parseNpsScore } from '../generic/rating';

/** One question and its answer inside a single respondent's view. */
export interface Answer {
  question: string;
  value: string;
  /** Set when the page marks the chosen option itself (a checked radio in a 0–10 scale). */
  rating?: Rating | null;
}

/**
 * Picks a respondent's score and comment from their answers: the score is an answer that
 * is an integer 0–10 (preferring a question that reads like the NPS question), the comment
 * the longest free-text answer (a "why"/"comment" question counts double).
 */
export function pairAnswers(answers: Answer[]): { rating: Rating | null; text: string } {
  const rated = answers
    .map((a, i) => ({ i, a, rating: a.rating ?? npsRating(a.value) }))
    .filter((x) => x.rating !== null);
  const score = rated.find((x) => SCORE_HEADER.test(x.a.question)) ?? rated[0];
  let text = '';
  let best = 0;
  answers.forEach((a, i) => {
    if (i === score?.i || /^[\d\s.,:%/-]*$/.test(a.value) || /^\S+@\S+$/.test(a.value)) return;
    const weight = a.value.length * (TEXT_HEADER.test(a.question) ? 2 : 1);
    if (weight > best) {
      best = weight;
      text = a.value;
    }
  });
  return { rating: score?.rating ?? null, text };
}

function npsRating(value: string): Rating | null {
  const n = parseNpsScore(value);
  return n === null ? null : { value: n, min: 0, max: 10 };
}

/** The fields every survey comment shares; surveys have no titles and rarely names. */
export function surveyComment(site: string, url: string, element: Element, fields: Partial<ExtractedComment>): ExtractedComment {
  return { text: '', title: null, author: null, date: null, rating: null, externalId: null, site, url, element, ...fields };
}

/** Selector lists tried in order (shared with the site adapters). */
export { queryAllFirst as all, queryFirst as first } from '../dom';

/** Host check for a vendor domain and its country variants (surveymonkey.co.uk, .de…). */
export function hostIs(url: URL, domain: string): boolean {
  const host = url.hostname.toLowerCase();
  return host === domain || host.endsWith(`.${domain}`);
}

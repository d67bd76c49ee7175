import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { SurveyId } from '../../../../../lib/capture/adapter';
import { surveyAdapters } from '../../../../../lib/capture/surveys';
import { loadFixture } from '../generic/fixture-doc';

const FIXTURES = fileURLToPath(new URL('../../../../fixtures/surveys/', import.meta.url));

const URLS: Record<SurveyId, string> = {
  surveymonkey: 'https://www.surveymonkey.com/analyze/browse/506871234',
  typeform: 'https://admin.typeform.com/form/Xy9PqR2t/results#responses',
  'google-forms': 'https://docs.google.com/forms/d/1AbCdEf/edit#responses',
  qualtrics: 'https://acme.eu.qualtrics.com/responses/#/surveys/SV_6rVxYz1AbCdEfGh/data',
  hotjar: 'https://insights.hotjar.com/sites/3847561/surveys/responses/112233',
};

function extract(id: SurveyId, file = `${id}.html`) {
  const url = URLS[id];
  return surveyAdapters[id].extract(loadFixture(`surveys/${file}`, url), url);
}

const nps = (value: number) => ({ value, min: 0, max: 10 });

describe('survey registry', () => {
  test.each(Object.keys(surveyAdapters) as SurveyId[])('%s has an id, a fixture and matches its results URL', (id) => {
    expect(surveyAdapters[id].id).toBe(id);
    expect(existsSync(`${FIXTURES}${id}.html`)).toBe(true);
    expect(surveyAdapters[id].matches(new URL(URLS[id]))).toBe(true);
  });

  test.each([
    ['surveymonkey', 'https://www.surveymonkey.com/r/ABC123'],
    ['typeform', 'https://acme.typeform.com/to/Xy9PqR2t'],
    ['google-forms', 'https://docs.google.com/spreadsheets/d/1AbC/edit'],
    ['qualtrics', 'https://acme.eu.qualtrics.com/jfe/form/SV_6rVxYz1AbCdEfGh'],
    ['hotjar', 'https://www.hotjar.com/pricing'],
  ] as [SurveyId, string][])('%s does not claim the respondent-facing page %s', (id, url) => {
    expect(surveyAdapters[id].matches(new URL(url))).toBe(false);
  });
});

describe('score and comment paired per respondent', () => {
  test('Typeform grid: NPS column by header among two 0–10 looking columns; partial rows kept', () => {
    const c = extract('typeform');
    expect(c.map((x) => [x.rating?.value ?? null, x.text.slice(0, 24)])).toEqual([
      [10, 'The calendar sync finall'],
      [3, 'Price went up 40% at ren'],
      [8, ''],
      [null, 'I did not want to give a'],
      [6, 'Okay for personal use, m'],
      [9, 'Support replied within t'],
    ]);
    expect(c[0]).toMatchObject({ rating: nps(10), externalId: 'e1k9d0s7w2q4ab', date: '2024-05-02T14:03:00.000Z', site: 'typeform', author: null });
  });

  test('Qualtrics table: end labels read as scores, Response ID as external id, US dates', () => {
    const c = extract('qualtrics');
    expect(c.map((x) => x.rating?.value ?? null)).toEqual([10, 2, 7, null, 0]);
    expect(c.map((x) => x.externalId)).toEqual(['R_3kLmN0pQrStUvWx', 'R_1aBcDeFgHiJkLmN', 'R_2ZyXwVuTsRqPoNm', 'R_9QwErTyUiOpAsDf', 'R_7GhJkLzXcVbNm12']);
    expect(c[1]).toMatchObject({ text: 'Three estimated bills in a row and nobody answers the phone.', rating: nps(2), date: '2024-03-04T15:41:00' });
    expect(c[2].text).toBe('');
    expect(c[3]).toMatchObject({ rating: null, text: 'The app shows my usage per hour, which I love.' });
  });

  test('Hotjar cards: 0–10 answer and follow-up of the same response; score-only response kept', () => {
    const c = extract('hotjar');
    expect(c.map((x) => [x.externalId, x.rating?.value, x.text])).toEqual([
      ['987001', 9, 'Found a hotel in Lisbon in two minutes, and the price filter actually works.'],
      ['987002', 2, 'The map keeps jumping back to my location while I scroll. Unusable on a phone.'],
      ['987005', 7, ''],
      ['987009', 10, 'Nice.'],
    ]);
    expect(c[0].date).toBe('2024-06-11T08:31:00.000Z');
  });

  test('SurveyMonkey individual response: NPS question wins over another 0–10 answer', () => {
    const [c, ...rest] = extract('surveymonkey', 'surveymonkey-individual.html');
    expect(rest).toEqual([]);
    expect(c).toMatchObject({
      rating: nps(4),
      text: 'Too expensive for what we use. The reporting module is slow with more than a few thousand rows.',
      externalId: '114023884502',
      date: '2024-03-04T13:05:40',
      site: 'surveymonkey',
    });
  });

  test('Google Forms individual view (Dutch UI): checked radio of the 0–10 scale and the reason', () => {
    const c = extract('google-forms', 'google-forms-individual.html');
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ rating: nps(6), text: 'De paskamers waren vies en er was er maar één open.', externalId: 'ACYDBNj3kQ9xq' });
  });
});

describe('text-only response lists', () => {
  test('SurveyMonkey per-question Responses: one comment per respondent, with date and id', () => {
    const c = extract('surveymonkey');
    expect(c).toHaveLength(5);
    expect(c[2]).toMatchObject({ text: 'Works fine.', rating: null, externalId: '114023884507', date: '2024-03-05T09:47:00' });
    expect(c[3].date).toBe('2024-03-06T16:30:00');
  });

  test('Google Forms summary: the answers of the reason question, not of the store question', () => {
    const c = extract('google-forms');
    expect(c.map((x) => x.text)).toEqual([
      'Friendly staff, they helped me find the right size in two minutes.',
      'The fitting rooms were dirty and there was only one open.',
      'Good prices during the sale, but the queue at the till was long.',
      'Great',
    ]);
    expect(c.every((x) => x.rating === null && x.site === 'google-forms')).toBe(true);
  });
});

describe('survey paging', () => {
  test.each([
    ['typeform', 'typeform.html', 'Load more'],
    ['hotjar', 'hotjar.html', 'Load more responses'],
    ['google-forms', 'google-forms-individual.html', ''],
  ] as [SurveyId, string, string][])('%s (%s): next is a button', (id, file, text) => {
    const url = URLS[id];
    const next = surveyAdapters[id].nextPage!(loadFixture(`surveys/${file}`, url), url);
    expect(next?.kind).toBe('button');
    if (next?.kind === 'button' && text) expect(next.element.textContent).toBe(text);
  });

  test('SurveyMonkey: the next respondent link; disabled pagers give null', () => {
    const url = URLS.surveymonkey;
    expect(surveyAdapters.surveymonkey.nextPage!(loadFixture('surveys/surveymonkey-individual.html', url), url)).toEqual({
      kind: 'link', href: 'https://www.surveymonkey.com/analyze/browse/506871234?respondent_id=114023884503',
    });
    expect(surveyAdapters.surveymonkey.nextPage!(loadFixture('surveys/surveymonkey.html', url), url)).toBeNull();
    expect(surveyAdapters.qualtrics.nextPage!(loadFixture('surveys/qualtrics.html', URLS.qualtrics), URLS.qualtrics)).toBeNull();
  });
});

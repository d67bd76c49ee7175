import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importCsv } from '../../../../lib/capture/csv/index';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../../fixtures/csv/${name}`, import.meta.url)));
const load = (name: string) => importCsv(fixture(name), { fileName: name });

// Each export reproduces the tool's real header layout; the expected columns were read off the files.
describe('importCsv on survey-tool exports', () => {
  test.each([
    ['surveymonkey.csv', 3, {
      text: 'What is the primary reason for your score?', score: 'How likely is it that you would recommend Acme to a friend or colleague?',
      date: 'End Date', author: null, id: 'Respondent ID', title: null,
    }],
    ['typeform.csv', 3, {
      text: "What's the main reason for your score?", score: 'How likely are you to recommend Acme to a friend or colleague?',
      date: 'Submit Date (UTC)', author: null, id: '#', title: null,
    }],
    ['google-forms.csv', 3, {
      text: 'Why did you give that score?', score: 'How likely are you to recommend Acme to a friend or colleague?',
      date: 'Timestamp', author: null, id: null, title: null,
    }],
    ['qualtrics.csv', 2, { text: 'Q2', score: 'Q1', date: 'RecordedDate', author: null, id: 'ResponseId', title: null }],
    ['hotjar.csv', 2, {
      text: 'What is the one thing we could do to improve?', score: 'How likely are you to recommend Acme to a friend?',
      date: 'Date Submitted', author: null, id: null, title: null,
    }],
    ['delighted.csv', 3, { text: 'Comment', score: 'Score', date: 'Created At (UTC)', author: 'Name', id: 'Response ID', title: null }],
    ['dutch-semicolon-cp1252.csv', 3, { text: 'Toelichting', score: 'Cijfer', date: 'Datum', author: 'Naam', id: null, title: null }],
    ['r-write-csv.csv', 4, { text: 'comment', score: 'rating', date: null, author: null, id: null, title: null }],
  ])('%s: %i comments, columns %j', (file, count, columns) => {
    const r = load(file);
    expect(r.comments).toHaveLength(count);
    expect(r.columns).toEqual(columns);
  });

  test('SurveyMonkey: the sub-header row is not a response; US dates; "10 - Extremely likely" is 10', () => {
    const r = load('surveymonkey.csv');
    expect(r.comments[0]).toEqual({
      text: 'Reports are great, setup took a while.', title: null, author: null, date: '2024-03-05T14:22:01',
      rating: { value: 9, min: 0, max: 10 }, externalId: '114290472681', site: 'csv', url: 'file:surveymonkey.csv',
    });
    expect(r.comments.map((c) => c.rating?.value)).toEqual([9, 3, 10]);
    expect(r.comments[2].text).toBe('');
    expect(r.warnings).toEqual(['1 row without a comment or a score was skipped']);
  });

  test('Typeform: UTC submit date, "#" token as id, a multi-line answer', () => {
    const r = load('typeform.csv');
    expect(r.comments[0]).toMatchObject({ date: '2024-03-05T14:22:01.000Z', externalId: 'k1x9q2m7w3e8r4t5', rating: { value: 10, min: 0, max: 10 } });
    expect(r.comments[1].text).toBe('The mobile app crashes when I upload photos.');
  });

  test('Google Forms: "2024/03/05 2:22:01 PM GMT+1" timestamps; e-mail addresses never become authors', () => {
    const r = load('google-forms.csv');
    expect(r.comments.map((c) => c.date)).toEqual(['2024-03-05T13:22:01.000Z', '2024-03-05T14:10:45.000Z', '2024-03-06T08:00:00.000Z']);
    expect(r.comments.every((c) => c.author === null)).toBe(true);
  });

  test('Qualtrics: the question-text and ImportId rows are headers, not responses', () => {
    const r = load('qualtrics.csv');
    expect(r.comments.map((c) => c.externalId)).toEqual(['R_1AbCdEfGhIjKlMn', 'R_2ZyXwVuTsRqPoNm']);
    expect(r.comments[1]).toMatchObject({ text: 'Te duur voor wat je krijgt.', rating: { value: 4, min: 0, max: 10 }, date: '2024-03-05T08:03:01' });
  });

  test('Qualtrics: --text-column accepts the question text as well as the short name', () => {
    const byText = importCsv(fixture('qualtrics.csv'), { textColumn: 'why did you give this score?' });
    expect(byText.columns.text).toBe('Q2');
  });

  test('Hotjar: long URLs do not pass for the comment', () => {
    expect(load('hotjar.csv').comments[0].text).toBe("Pricing page is confusing; I couldn't find the yearly plan.");
  });

  test('Delighted: a 0 score, doubled quotes, a score without a comment kept for NPS', () => {
    const r = load('delighted.csv');
    expect(r.comments.map((c) => [c.text, c.rating?.value, c.author])).toEqual([
      ['Great product, "fast" support.', 9, 'Ann de Boer'],
      ['Cancelled after the price increase.', 0, 'Bert'],
      ['', 7, null],
    ]);
    expect(r.comments[1].date).toBe('2024-03-05T15:00:00.000Z');
  });

  test('Dutch Windows-1252 export: accents, € and curly quotes survive; decimal comma; day-first dates', () => {
    const r = load('dutch-semicolon-cp1252.csv');
    expect(r).toMatchObject({ delimiter: ';', encoding: 'windows-1252', scale: { min: 0, max: 10 } });
    expect(r.comments[0]).toMatchObject({ text: 'Prima service, maar de levering duurde één week. Kosten € 4,95', author: 'Jörg', date: '2024-03-05' });
    expect(r.comments[1]).toMatchObject({ text: '‘Geen reactie’ op mijn klacht – slecht', author: 'Anaïs', rating: { value: 4.5, min: 0, max: 10 } });
    expect(r.comments[2]).toMatchObject({ text: 'Café-bezoek was oké', rating: null });
  });

  test("R's write.csv: blank first header, NA for missing, a 1–5 rating column", () => {
    const r = load('r-write-csv.csv');
    expect(r.scale).toEqual({ min: 1, max: 5 });
    expect(r.comments.map((c) => [c.text, c.rating?.value ?? null])).toEqual([
      ['Lovely staff and a quiet room', 5],
      ['', 4],
      ['Room was cold', null],
      ['Breakfast ok', 3],
    ]);
  });
});

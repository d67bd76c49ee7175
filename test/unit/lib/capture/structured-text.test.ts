// Tests lib/capture/text.ts, the normalisation every capture path (structured data, sites,
// surveys, CSV) shares.
import { describe, expect, test } from 'vitest';
import { cleanText, parseIsoDate, parseNumber } from '../../../../lib/capture/text';

describe('cleanText', () => {
  test.each([
    ['  Great\n\n service\t here ', 'Great service here'],
    ['zero\u200bwidth\u200d joiner\ufeff', 'zerowidth joiner'],
    ['non\u00a0breaking', 'non breaking'],
    ['soft\u00adhyphen', 'softhyphen'],
    // A lone blank other than a plain space still becomes a space; clean prose stays as it is.
    ['tab\tsplit', 'tab split'],
    ['line\nbreak', 'line break'],
    ['wide\u3000space', 'wide space'],
    ['already clean text', 'already clean text'],
    ['mixed \u00a0 \t run', 'mixed run'],
    // Each thing the quick "already clean" check must notice on its own.
    [' leading', 'leading'], ['trailing ', 'trailing'], ['two  spaces', 'two spaces'],
    ['\u00a0lead', 'lead'], ['end\n', 'end'], ['in\u200bvisible', 'invisible'], ['x', 'x'],
    ['', ''],
  ])('%j → %j', (input, out) => {
    expect(cleanText(input)).toBe(out);
  });

  test('null and undefined become the empty string', () => {
    expect(cleanText(null)).toBe('');
    expect(cleanText(undefined)).toBe('');
  });
});

describe('parseNumber', () => {
  test.each([
    ['4.5', 4.5],
    ['4,5', 4.5],
    [' 9 ', 9],
    ['-2', -2],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    [',5', 0.5],
    ['10', 10],
    ['four', null],
    ['4 stars', null],
    ['1.2.3', null],
    ['', null],
  ])('%j → %j', (input, out) => {
    expect(parseNumber(input)).toBe(out);
  });

  test('numbers pass through; NaN does not', () => {
    expect(parseNumber(7)).toBe(7);
    expect(parseNumber(Number.NaN)).toBeNull();
  });
});

describe('parseIsoDate', () => {
  test.each([
    ['2025-03-12', '2025-03-12'],
    ['2025-03-12T09:41:07.000Z', '2025-03-12T09:41:07.000Z'],
    ['2025-03-12T10:41:07+01:00', '2025-03-12T09:41:07.000Z'],
    ['2024-03-05 14:22:01', '2024-03-05T14:22:01'],
    ['2024/03/05 2:22:01 PM GMT+1', '2024-03-05T13:22:01.000Z'],
    ['Wed, 12 Mar 2025 10:00:00 GMT', '2025-03-12T10:00:00.000Z'],
    ['Wed, 12 Mar 2025 10:00:00 +0200', '2025-03-12T08:00:00.000Z'],
    ['12 March 2025', '2025-03-12'],
    ['12 maart 2025', '2025-03-12'],
    ['1 mei 2024', '2024-05-01'],
    ['3 okt. 2024', '2024-10-03'],
    ['12. März 2025', '2025-03-12'],
    ['1er janvier 2025', '2025-01-01'],
    ['12 de marzo de 2025', '2025-03-12'],
    ['March 12, 2025', '2025-03-12'],
    ['Mar 2nd 2025', '2025-03-02'],
    ['12.03.2025', '2025-03-12'],
    ['25/12/2024', '2024-12-25'],
    ['12/25/2024', '2024-12-25'],
    ['05/03/2024', '2024-03-05'],
    ['3/5/2024 14:22:01', '2024-05-03T14:22:01'],
  ])('%j → %j', (input, out) => {
    expect(parseIsoDate(input)).toBe(out);
  });

  // Leap days: every fourth year, but not 1900 or 2100; 2000 was one.
  test.each([['2024-02-29', '2024-02-29'], ['2000-02-29', '2000-02-29'], ['2024-04-30', '2024-04-30'], ['2024-12-31', '2024-12-31']])('%j is a real day', (input, out) => {
    expect(parseIsoDate(input)).toBe(out);
  });

  test.each([['yesterday'], ['March 2025'], ['2025-02-30'], ['2023-02-29'], ['1900-02-29'], ['2100-02-29'], ['2024-04-31'], ['31/31/2024'], ['12 Smarch 2025'], [''], ['1710000000']])(
    '%j is not a date',
    (input) => {
      expect(parseIsoDate(input)).toBeNull();
    },
  );

  test('an ambiguous numeric date follows the caller\'s convention; an unambiguous one does not', () => {
    expect(parseIsoDate('05/03/2024', { dayFirst: false })).toBe('2024-05-03');
    expect(parseIsoDate('25/03/2024', { dayFirst: false })).toBe('2024-03-25');
    expect(parseIsoDate('05.03.2024', { dayFirst: false })).toBe('2024-03-05');
  });

  test('the same text read under both conventions, in either order, keeps each reading', () => {
    // Dates are remembered between calls; the convention is part of what is remembered.
    expect(parseIsoDate('04/06/2023')).toBe('2023-06-04');
    expect(parseIsoDate('04/06/2023', { dayFirst: false })).toBe('2023-04-06');
    expect(parseIsoDate('04/06/2023')).toBe('2023-06-04');
    expect(parseIsoDate('07/08/2022', { dayFirst: false })).toBe('2022-07-08');
    expect(parseIsoDate('07/08/2022', { dayFirst: true })).toBe('2022-08-07');
  });
});

import Papa from 'papaparse';
import { expect, test } from 'vitest';
import { COMMENTS_CSV_HEADER, commentsCsv, type CommentExportItem } from '../../../../lib/export/comments-csv';
import { DRIVERS_CSV_HEADER, driversCsv } from '../../../../lib/export/drivers-csv';
import type { DriverRow } from '../../../../lib/types';

const parse = (csv: string, delimiter: ',' | ';'): string[][] =>
  Papa.parse<string[]>(csv, { delimiter, skipEmptyLines: true }).data;

const price: DriverRow = {
  theme: 'price', label: 'Price, value', mentions: 3, promoters: 0, passives: 1, detractors: 2, nps: -67,
  impact: -290 / 7, impactInterval: [-60.320545, -22.536598], sentiment: -2.2 / 3, smallSample: true,
};

test.each([
  // impact −290/7 = −41.428… → −41.43; sentiment −0.7333… → −0.733
  [',', ['price', 'Price, value', '3', '0', '1', '2', '-67', '-41.43', '-60.32', '-22.54', '-0.733', 'true']],
  [';', ['price', 'Price, value', '3', '0', '1', '2', '-67', '-41,43', '-60,32', '-22,54', '-0,733', 'true']],
] as const)('driversCsv with %s', (delimiter, row) => {
  const csv = driversCsv([price, { ...price, theme: 'none', nps: null, impact: 0, impactInterval: [0, 0] }], { delimiter });
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const [header, first, second] = parse(csv, delimiter);
  expect(header).toEqual([...DRIVERS_CSV_HEADER]);
  expect(first).toEqual([...row]);
  expect(second[6]).toBe('');
});

const item: CommentExportItem = {
  date: '2026-01-05',
  site: 'trustpilot',
  author: '@bob',
  title: null,
  text: 'Too expensive;\n"pizza" was =cold',
  rating: { value: 2, min: 1, max: 5 },
  score: 2.5,
  segment: 'detractor',
  lang: 'en',
  sentiment: { score: -0.66666, label: 'negative' },
  themes: [{ id: 'price', label: 'Price' }, { id: 'food.pizza', label: 'Pizza' }],
  url: 'https://example.com/r/1',
};

test.each([
  [',', ['2026-01-05', 'trustpilot', "'@bob", '', 'Too expensive;\n"pizza" was =cold', '2', '1', '5', '2.5', 'detractor', 'en', 'negative', '-0.667', 'Price | Pizza', 'https://example.com/r/1']],
  [';', ['2026-01-05', 'trustpilot', "'@bob", '', 'Too expensive;\n"pizza" was =cold', '2', '1', '5', '2,5', 'detractor', 'en', 'negative', '-0,667', 'Price | Pizza', 'https://example.com/r/1']],
] as const)('commentsCsv with %s', (delimiter, row) => {
  const [header, first, bare] = parse(commentsCsv([item, { text: 'only text' }], { delimiter }), delimiter);
  expect(header).toEqual([...COMMENTS_CSV_HEADER]);
  expect(first).toEqual([...row]);
  expect(bare).toEqual(['', '', '', '', 'only text', '', '', '', '', '', '', '', '', '', '']);
});

import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { francLeanExact, latinLean } from '../../../../lib/nlp/language';
import { corpusEn } from '../../../bench/corpus-en';
import { corpusNl } from '../../../bench/corpus-nl';

/** Comments as the detector hands them to franc: lower-case ASCII words and apostrophes. */
function asPlainWords(text: string): string {
  return text.toLowerCase().replace(/[^a-z' ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

describe('the fast path reproduces franc exactly', () => {
  const dutch = readFileSync('test/fixtures/dutch/sentences.tsv', 'utf8').split('\n').map((l) => l.split('\t')[1] ?? '');
  const texts = [...corpusEn, ...corpusNl, ...dutch].map(asPlainWords).filter((t) => /[a-z]/.test(t));

  test(`on ${texts.length} English and Dutch comments`, () => {
    expect(texts.length).toBeGreaterThan(500);
    const differing = texts.filter((t) => Math.abs(latinLean(t) - francLeanExact(t)) > 1e-12);
    expect(differing).toEqual([]);
  });

  test.each([['the delivery was fast'], ['de bezorging was snel'], ['ok'], ["it's a'ok"]])('%s', (text) => {
    expect(latinLean(text)).toBeCloseTo(francLeanExact(text), 12);
  });
});

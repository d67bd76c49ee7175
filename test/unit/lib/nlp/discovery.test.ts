import { describe, expect, test } from 'vitest';
import { getEngine } from '../../../../lib/nlp/engine';
import { tokenize } from '../../../../lib/nlp/tokens';
import { compileTaxonomy } from '../../../../lib/nlp/taxonomy/compile';
import { addTheme, taxonomyVersionKey } from '../../../../lib/nlp/taxonomy/lifecycle';
import { matchThemes } from '../../../../lib/nlp/taxonomy/match';
import { discoverThemes, suggestionToTheme } from '../../../../lib/nlp/discovery/discover';
import { phraseCandidates } from '../../../../lib/nlp/discovery/candidates';
import { logOddsZ } from '../../../../lib/nlp/discovery/log-odds';
import type { Lang, Segment, Taxonomy } from '../../../../lib/types';

const engine = getEngine();
const doc = (text: string, segment: Segment, lang: Lang = 'en') => ({ view: tokenize(text, engine, lang), segment, lang });

describe('weighted log-odds with an informative Dirichlet prior', () => {
  // By hand: δ = ln(3.5/11.5) − ln(1.5/13.5) = −1.18958 + 2.19722 = 1.00764;
  // σ² = 1/3.5 + 1/1.5 = 0.95238; z = 1.00764 / 0.97590 = 1.03252.
  test.each([
    [{ yA: 3, yB: 1, nA: 10, nB: 10, alpha: 0.5, alpha0: 5 }, 1.03252],
    [{ yA: 1, yB: 3, nA: 10, nB: 10, alpha: 0.5, alpha0: 5 }, -1.03252],
    // Same rate in both groups: no difference.
    [{ yA: 2, yB: 4, nA: 10, nB: 20, alpha: 0, alpha0: 0 }, Math.log(2 / 8 / (4 / 16)) / Math.sqrt(1 / 2 + 1 / 4)],
  ])('%o → z = %f', (input, z) => {
    expect(logOddsZ(input)).toBeCloseTo(z, 4);
  });
});

describe('candidate phrases', () => {
  test.each([
    ['The delivery drivers were rude.', 'delivery driver'],
    ['Delivery driver never came.', 'delivery driver'],
    ['Our delivery-driver got lost.', 'delivery driver'],
  ])('%s yields the merged key "%s"', (text, key) => {
    expect(phraseCandidates(tokenize(text, engine, 'en')).map((p) => p.key)).toContain(key);
  });

  test('an adjective-noun phrase keeps its noun compound and nouns as candidates', () => {
    const keys = phraseCandidates(tokenize('Terrible customer service.', engine, 'en')).map((p) => p.key);
    expect(keys).toEqual(expect.arrayContaining(['customer service', 'terrible customer service', 'customer', 'service']));
  });

  test('word order is kept: "service customer" is not "customer service"', () => {
    const keys = phraseCandidates(tokenize('The service customer complained.', engine, 'en')).map((p) => p.key);
    expect(keys).not.toContain('customer service');
  });

  test('Dutch (no POS): content words and adjacent pairs, stemmed', () => {
    const keys = phraseCandidates(tokenize('Trage bezorging, de bezorgers waren vriendelijk.', engine, 'nl')).map((p) => p.key);
    expect(keys).toEqual(['trage', 'trage bezorging', 'bezorging', 'bezorger', 'vriendelijk']);
  });
});

describe('discoverThemes', () => {
  const taxonomy: Taxonomy = { name: 'Cafe', version: 1, themes: [{ id: 'food', label: 'Food', terms: ['pasta'] }] };
  const compiled = compileTaxonomy(taxonomy);
  const docs = [
    doc('The delivery drivers were rude.', 'detractor'),
    doc('Delivery driver never came.', 'detractor'),
    doc('Our delivery-driver got lost, the delivery driver again!', 'detractor'),
    doc('The pasta was lovely.', 'promoter'),
    doc('Fresh pasta every day.', 'promoter'),
    doc('Best pasta in town.', 'promoter'),
    doc('Pasta was fine, driver too.', 'passive'),
  ];
  const result = discoverThemes(docs, compiled, { minCount: 3 });
  const byPhrase = Object.fromEntries(result.phrases.map((p) => [p.phrase, p]));

  test('variants merge into one phrase counted once per comment', () => {
    expect(byPhrase['delivery driver']).toMatchObject({ count: 3, detractorCount: 3, promoterCount: 0, covered: false });
    expect(result.phrases.filter((p) => p.phrase.startsWith('delivery driver'))).toHaveLength(1);
    expect(byPhrase['delivery driver'].examples).toEqual([docs[0].view.text, docs[1].view.text, docs[2].view.text]);
  });

  test('z is positive for detractor phrases and negative for promoter phrases', () => {
    expect(byPhrase['delivery driver'].z).toBeGreaterThan(0);
    expect(byPhrase.pasta.z).toBeLessThan(0);
  });

  test('a phrase the taxonomy already matches is covered and not suggested', () => {
    expect(byPhrase.pasta).toMatchObject({ count: 4, promoterCount: 3, detractorCount: 0, covered: true });
    expect(result.suggestions.map((s) => s.phrase)).not.toContain('pasta');
    expect(result.suggestions[0].phrase).toBe('delivery driver');
  });

  test('a word mostly seen inside a longer suggestion is not suggested on its own', () => {
    expect(byPhrase.driver).toMatchObject({ count: 4, covered: false });
    expect(result.suggestions.map((s) => s.phrase)).not.toContain('driver');
  });

  test('phrases below the minimum count are dropped', () => {
    expect(byPhrase['fresh pasta']).toBeUndefined();
  });

  test('a suggestion is accepted in one step and then matches', () => {
    const next = addTheme(taxonomy, suggestionToTheme(result.suggestions[0], 'en'));
    expect(taxonomyVersionKey(next)).toBe('Cafe@2');
    expect(next.themes[1]).toEqual({ id: 'delivery-driver', label: 'Delivery driver', terms: { en: ['delivery driver'] } });
    const found = matchThemes(tokenize('Two delivery drivers, no food.', engine, 'en'), compileTaxonomy(next), 'en');
    expect(found.map((m) => m.themeId)).toEqual(['delivery-driver']);
  });
});

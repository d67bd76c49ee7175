import { describe, expect, test } from 'vitest';
import { getEngine } from '../../../../lib/nlp/engine';
import { englishPack } from '../../../../lib/nlp/sentiment/en-pack';
import { labelOf, normalise, strengthWeightedMean, toSentiment } from '../../../../lib/nlp/sentiment/label';
import type { LexiconPack } from '../../../../lib/nlp/sentiment/pack';
import { phraseKey } from '../../../../lib/nlp/sentiment/phrase-key';
import { mentionSentiment, scoreSentiment } from '../../../../lib/nlp/sentiment/score';
import { readText, tokenize } from '../../../../lib/nlp/tokens';

const engine = getEngine();

/** A made-up language pack: the rules must work from the pack alone. */
const tiny: LexiconPack = {
  lang: 'nl',
  words: new Map([['goed', 2], ['slecht', -2], ['traag', -1.5], ['snel', 1.5]]),
  phrases: new Map([['niet te vreten', -3]]),
  negators: new Set(['niet', 'geen']),
  intensifiers: new Map([['heel', 1.5]]),
  downtoners: new Map([['een beetje', 0.5]]),
  contrastAfter: new Set(['maar']),
  contrastBefore: new Set(['hoewel']),
};
const tinyScore = (text: string) => scoreSentiment(tokenize(text, engine, 'nl'), tiny);
const enScore = (text: string) => scoreSentiment(tokenize(text, engine, 'en'), englishPack);

describe('label thresholds', () => {
  test.each([
    [0.05, 'positive'],
    [0.049, 'neutral'],
    [0, 'neutral'],
    [-0.049, 'neutral'],
    [-0.05, 'negative'],
  ] as const)('%d → %s', (score, label) => {
    expect(labelOf(score)).toBe(label);
  });

  test('normalise maps a raw AFINN sum into −1..1, one strong word ≈ 0.6', () => {
    expect(normalise(3)).toBeCloseTo(3 / Math.sqrt(24), 6);
    expect(normalise(-100)).toBeGreaterThan(-1);
    expect(toSentiment(1.7)).toEqual({ score: 1, label: 'positive' });
  });

  test('strength-weighted mean ignores neutral parts and follows the stronger opinion', () => {
    expect(strengthWeightedMean([0.6, 0, 0])).toBeCloseTo(0.6, 6);
    expect(strengthWeightedMean([0.8, -0.2])).toBeCloseTo((0.64 - 0.04) / 1.0, 6);
    expect(strengthWeightedMean([])).toBe(0);
  });
});

describe('rules over any pack', () => {
  test('phrases win over their words', () => {
    expect(tinyScore('het was niet te vreten').sentiment.label).toBe('negative');
  });

  test('negation flips up to punctuation, not beyond', () => {
    expect(tinyScore('niet goed').sentiment.label).toBe('negative');
    expect(tinyScore('niet slecht').sentiment.label).toBe('positive');
    expect(tinyScore('niet, goed').sentiment.label).toBe('positive');
  });

  test('intensifiers and multi-word downtoners scale', () => {
    const plain = tinyScore('goed').sentiment.score;
    expect(tinyScore('heel goed').sentiment.score).toBeGreaterThan(plain);
    expect(tinyScore('een beetje goed').sentiment.score).toBeLessThan(plain);
  });

  test('the clause after a contrast outweighs the one before it', () => {
    expect(tinyScore('goed maar traag').sentiment.label).toBe('negative');
    expect(tinyScore('traag maar goed').sentiment.label).toBe('positive');
  });

  test('a concessive clause weighs less than the main clause', () => {
    expect(tinyScore('hoewel slecht, goed').sentiment.label).toBe('positive');
  });

  test('each clause keeps its own polarity for theme mentions', () => {
    const view = tokenize('goed eten maar trage bezorging', engine, 'nl');
    const a = scoreSentiment(view, { ...tiny, words: new Map([...tiny.words, ['trage', -1.5]]) });
    const index = (w: string) => view.tokens.findIndex((t) => t.norm === w);
    expect(mentionSentiment(a, [index('eten')]).label).toBe('positive');
    expect(mentionSentiment(a, [index('bezorging')]).label).toBe('negative');
  });
});

describe('English rules', () => {
  test.each([
    ['No delays or problems', 'positive'],
    ['The food was *not* good', 'negative'],
    ['Not only fast but also friendly', 'positive'],
    ['It used to be great', 'negative'],
    ['I was hoping for something better', 'negative'],
    ['Not loud enough', 'negative'],
    ['The portions are too small', 'negative'],
    ['Never been so impressed', 'positive'],
    ['It looks like a toy', 'neutral'],
    ['I like the colour', 'positive'],
    ['Could not have been more pleased', 'positive'],
    ['Happy new year everyone, did you get the update?', 'positive'],
    ['Why is it so slow?', 'negative'],
    ['The checkout works horribly', 'negative'],
    ['Spectacularly stupid design', 'negative'],
  ] as const)('%j → %s', (text, label) => {
    expect(enScore(text).sentiment.label).toBe(label);
  });

  test('a theme in an opinion-less clause borrows from the segment that carries the opinion', () => {
    const text = 'I ordered the pizza but it arrived cold and soggy';
    const view = tokenize(text, engine, 'en');
    const a = scoreSentiment(view, englishPack);
    const pizza = view.tokens.findIndex((t) => t.norm === 'pizza');
    expect(mentionSentiment(a, [pizza]).label).toBe('negative');
  });

  test('a mention in a neutral sentence stays neutral even when the comment is not', () => {
    const text = 'We ordered a pizza. The driver was lovely!';
    const view = tokenize(text, engine, 'en');
    const a = scoreSentiment(view, englishPack);
    expect(a.sentiment.label).toBe('positive');
    expect(mentionSentiment(a, [view.tokens.findIndex((t) => t.norm === 'pizza')]).label).toBe('neutral');
  });

  test.each([
    ['Nope :-)', 'positive'],
    ['No :(', 'negative'],
    ['Yaaay, it came early', 'positive'],
    ['sooo gooood', 'positive'],
    ['Weird, but pretty cool.', 'positive'],
    ['Service was spotty', 'negative'],
    ['Our waiter was inattentive', 'negative'],
    ['We will return', 'positive'],
    ['We left, never to return', 'negative'],
    ['The pizza cannot be beat', 'positive'],
    ["I can't imagine a better meal", 'positive'],
  ] as const)('emoticons keep their mood, stretched words and review phrasing are read: %j → %s', (text, label) => {
    expect(enScore(text).sentiment.label).toBe(label);
  });

  test('a mention with no opinion at or after it in a contrast sentence takes the sentence\'s tone', () => {
    // Our lexicon has no word here; wink's sentence score, as analyzeText passes it, does.
    const { view, winkSentiment } = readText('The food is inventive but still keeps traditional flavoring', engine, 'en');
    const a = scoreSentiment(view, englishPack, { fallback: winkSentiment });
    expect(mentionSentiment(a, [view.tokens.findIndex((t) => t.norm === 'food')]).label).toBe('positive');
  });

  test('contractions in lexicon phrases are written as wink reads them', () => {
    expect(phraseKey("doesn't work")).toBe('does not work');
    expect(phraseKey("can't fault")).toBe('can not fault');
    expect(phraseKey("won't be back")).toBe('will not be back');
    expect(phraseKey('I’ve had better')).toBe('i have had better');
  });
});

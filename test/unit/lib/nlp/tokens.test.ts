import { describe, expect, test } from 'vitest';
import { getEngine } from '../../../../lib/nlp/engine';
import { readText, tokenize } from '../../../../lib/nlp/tokens';

const engine = getEngine();

describe('tokenize: character offsets', () => {
  test.each([
    ['emoji and a family emoji', 'Love it 😍👍 and 👨‍👩‍👧 too'],
    ['a URL with a query string', 'See https://example.com/a?b=1&c=2 for details'],
    ['contractions wink splits', "I don't think it won't work, can't say"],
    ['runs of spaces and tabs', 'Too    slow.\t\tReally   slow'],
    ['newlines and blank lines', 'First line.\n\nSecond line.\r\nThird'],
    ['curly apostrophes', 'It’s great, isn’t it?'],
    ['emoticons', 'ok :) not ok :-( <3'],
    ['HTML', '<p>Great <b>service</b></p>'],
    ['control characters', 'bad\u0000char\u0007s here'],
  ])('%s: every token sits at its own text', (_name, text) => {
    const view = tokenize(text, engine, 'en');
    expect(view.tokens.length).toBeGreaterThan(0);
    let previousEnd = 0;
    for (const t of view.tokens) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.start).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = t.end;
    }
  });

  test("wink's contraction halves keep their place and normal form", () => {
    const text = "I don't like it";
    const view = tokenize(text, engine, 'en');
    const nt = view.tokens.find((t) => t.text === "n't");
    expect(nt).toMatchObject({ norm: 'not', start: 4, end: 7 });
    expect(view.tokens.find((t) => t.text === 'do')).toMatchObject({ start: 2, end: 4 });
  });

  test('sentences carry offsets, token ranges and skip leading blank lines', () => {
    const text = 'Fast delivery.\n\nBut the box was damaged!';
    const view = tokenize(text, engine, 'en');
    expect(view.sentences).toHaveLength(2);
    expect(text.slice(view.sentences[0].start, view.sentences[0].end)).toBe('Fast delivery.');
    expect(text.slice(view.sentences[1].start, view.sentences[1].end)).toBe('But the box was damaged!');
    for (const [i, s] of view.sentences.entries()) {
      for (let t = s.firstToken; t <= s.lastToken; t += 1) expect(view.tokens[t].sentence).toBe(i);
    }
  });

  test('English tokens get lemmas and POS; Dutch ones keep the normal form and X', () => {
    const en = tokenize('The dishes were crashing', engine, 'en');
    expect(en.tokens.find((t) => t.text === 'dishes')).toMatchObject({ lemma: 'dish', pos: 'NOUN' });
    const nl = tokenize('De bezorging was snel', engine, 'nl');
    expect(nl.tokens.every((t) => t.pos === 'X' && t.lemma === t.norm)).toBe(true);
  });

  test('empty and blank text give no tokens and no sentences', () => {
    for (const text of ['', '   ', '\n\n']) {
      const view = tokenize(text, engine, 'en');
      expect(view.sentences).toEqual([]);
      expect(view.tokens.every((t) => t.text.trim() === '')).toBe(true);
    }
  });

  test("wink's per-sentence sentiment comes back for English only", () => {
    expect(readText('I love it. I hate it.', engine, 'en').winkSentiment).toHaveLength(2);
    expect(readText('Ik vind het geweldig.', engine, 'nl').winkSentiment.every((s) => s === 0)).toBe(true);
  });

  test('the engine is built once', () => {
    expect(getEngine()).toBe(engine);
    expect(engine.version).toBe('wink-eng-lite-web-model/1.8.1');
  });
});

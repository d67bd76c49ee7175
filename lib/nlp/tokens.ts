import type { Lang } from '../types';
import type { Engine } from './engine';
import type { SentenceView, Token, TokenView } from './token-view';

/** A tokenised comment plus wink's own per-sentence sentiment (English only; 0 otherwise). */
export interface ReadText {
  view: TokenView;
  winkSentiment: number[];
}

const blank = (t: Token) => t.text.trim() === '';

/** wink's token columns, one array per property. */
interface Columns {
  values: string[];
  spaces: string[];
  norms: string[];
  lemmas: string[];
  pos: string[] | undefined;
}

/**
 * Lays wink's tokens onto character offsets. They rebuild the text as
 * precedingSpaces + value; when that drifts (hostile input is hostile) the token is
 * searched for forward, and one that cannot be found gets an empty span at the
 * cursor rather than a wrong one.
 */
function placeTokens(text: string, { values, spaces, norms, lemmas, pos }: Columns): Token[] {
  const tokens = new Array<Token>(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    let start = cursor + spaces[i].length;
    if (text.startsWith(value, start)) {
      cursor = start + value.length;
    } else {
      const found = text.indexOf(value, cursor);
      if (found >= 0) {
        start = found;
        cursor = found + value.length;
      } else {
        start = Math.min(cursor, text.length);
      }
    }
    const end = Math.max(start, Math.min(cursor, text.length));
    tokens[i] = { text: value, norm: norms[i], lemma: lemmas[i], pos: pos ? pos[i] : 'X', start, end, sentence: 0 };
  }
  return tokens;
}

/** Reads the text with wink once: tokens with offsets, normal forms, lemmas, POS and sentences. */
export function readText(text: string, engine: Engine, lang: Lang): ReadText {
  const { nlp, its } = engine;
  const doc = nlp.readDoc(text);
  const all = doc.tokens();
  const norms = all.out(its.normal) as string[];
  const english = lang === 'en';
  const tokens = placeTokens(text, {
    values: all.out() as unknown as string[],
    spaces: all.out(its.precedingSpaces) as string[],
    norms,
    // wink's typings declare lemma with an extra `addons` parameter that `out()` supplies itself.
    lemmas: english ? (all.out(its.lemma as unknown as typeof its.normal) as string[]) : norms,
    pos: english ? (all.out(its.pos) as string[]) : undefined,
  });
  const sentenceList = doc.sentences();
  const spans = sentenceList.out(its.span) as unknown as number[][];
  // wink's sentence scores are only read for English.
  const sentiments = english ? (sentenceList.out(its.sentiment) as unknown as number[]) : undefined;

  const sentences: SentenceView[] = [];
  const winkSentiment: number[] = [];
  spans.forEach(([first, last], s) => {
    if (first > last || last >= tokens.length) return;
    // A sentence's span runs from its first word to its last, not over blank lines.
    let a = first;
    let b = last;
    while (a < b && blank(tokens[a])) a += 1;
    while (b > a && blank(tokens[b])) b -= 1;
    if (blank(tokens[a])) {
      // Only whitespace: its tokens stay with the sentence before.
      for (let t = first; t <= last; t += 1) tokens[t].sentence = Math.max(0, sentences.length - 1);
      return;
    }
    const index = sentences.length;
    for (let t = first; t <= last; t += 1) tokens[t].sentence = index;
    sentences.push({ start: tokens[a].start, end: tokens[b].end, firstToken: first, lastToken: last });
    winkSentiment.push(sentiments?.[s] ?? 0);
  });
  return { view: { text, tokens, sentences }, winkSentiment };
}

/** The shared tokenisation of a comment, read by sentiment and theme matching alike. */
export function tokenize(text: string, engine: Engine, lang: Lang): TokenView {
  return readText(text, engine, lang).view;
}

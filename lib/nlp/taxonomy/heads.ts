import type { TokenView } from '../token-view';
import type { LangIndex } from './compile';

/** POS tags of a word that can modify a following noun; 'X' means the language has no tagger. */
const NOMINAL = new Set(['NOUN', 'PROPN', 'X']);

/**
 * True when the term read at tokens [i, i + length) is a noun modifying the next word, one
 * of the taxonomy's "heads": in "a sushi place" the head is "place", so the sentence is
 * about a kind of restaurant, not about sushi. Adjectives keep counting ("a cosy place"):
 * they describe the head, and the theme with them.
 */
export function modifiesHead(view: TokenView, keys: string[][], index: LangIndex, i: number, length: number): boolean {
  if (index.heads.size === 0) return false;
  const last = view.tokens[i + length - 1];
  const next = i + length;
  if (next >= view.tokens.length || view.tokens[next].sentence !== last.sentence || !NOMINAL.has(last.pos)) return false;
  return keys[next].some((k) => index.heads.has(k));
}

import type { Token } from '../token-view';
import { dutchStem, dutchVariants } from './dutch-stem';
import { englishSingular } from './english-key';

/**
 * How a term's words and a comment's tokens become comparable keys, per language. Terms get
 * one canonical key per word; tokens get every key they may stand for, and a term word
 * matches a token when its key is among the token's.
 */

const CONTRACTION_HEADS: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall' };

/**
 * Splits a term the way wink splits text: on spaces and hyphens ("user-friendly" matches
 * "user friendly" and "user-friendly"), with "n't" as its own word ("can't" → can, not).
 */
/** Lower case without diacritics ("geïnstalleerd" = "geinstalleerd"); ASCII skips the Unicode work. */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  for (let i = 0; i < lower.length; i += 1) {
    if (lower.charCodeAt(i) > 0x7f) return lower.normalize('NFD').replace(/\p{M}+/gu, '');
  }
  return lower;
}

export function termWords(term: string): string[] {
  const out: string[] = [];
  for (const raw of fold(term).split(/[\s\-‐–]+/)) {
    const w = raw.replace(/^[^\p{L}\p{N}&$€£]+|[^\p{L}\p{N}&$€£']+$/gu, '');
    if (!w) continue;
    if (w === 'cannot') out.push('can', 'not');
    else if (w.endsWith("n't") && w.length > 3) {
      const head = w.slice(0, -3);
      out.push(CONTRACTION_HEADS[head] ?? head, 'not');
    } else out.push(w);
  }
  return out;
}

export function termKey(word: string, lang: string): string {
  if (lang === 'en') return englishSingular(word);
  if (lang === 'nl') return dutchStem(word);
  return word;
}

export function tokenKeys(token: Token, lang: string): string[] {
  const norm = fold(token.norm);
  if (lang === 'en') {
    // Each key once: a repeated key could only be looked up again to the same effect.
    const keys = [norm];
    const single = englishSingular(norm);
    if (single !== norm) keys.push(single);
    const lemma = token.lemma === token.norm ? norm : fold(token.lemma);
    if (lemma !== norm) {
      if (!keys.includes(lemma)) keys.push(lemma);
      const lemmaSingle = englishSingular(lemma);
      if (!keys.includes(lemmaSingle)) keys.push(lemmaSingle);
    }
    return keys;
  }
  if (lang === 'nl') return dutchVariants(norm);
  return [norm];
}

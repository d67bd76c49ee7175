import type { Lang, Span } from '../../types';
import type { Token, TokenView } from '../token-view';
import type { CompiledTaxonomy, LangIndex, PhraseEntry } from './compile';
import { COMPOUND_MIN_TERM } from './compile';
import { dutchStem } from './dutch-stem';
import { englishSingular } from './english-key';
import { fold, tokenKeys } from './keys';
import { modifiesHead } from './heads';

/** One theme a comment mentions, with every token and span that showed it. */
export interface ThemeMatch {
  themeId: string;
  label: string;
  tokenIndexes: number[];
  spans: Span[];
}

/**
 * Dutch compounds ("klantenservice", "bezorgtijd", "verzendprijs") are matched by their parts:
 * a single-word term of at least COMPOUND_MIN_TERM characters matches the head (end) or the
 * modifier (start) of a token, when the rest of the token is at least COMPOUND_MIN_REST
 * characters. The rest bound keeps prefixes such as ver-/be-/ge- out ("verwacht" is not
 * "wacht"); the words below are compounds whose parts mislead.
 */
const COMPOUND_MIN_REST = 4;
const COMPOUND_STOP = new Set(['wachtwoord', 'wachtwoorden', 'verwachting', 'verwachtingen', 'leverancier', 'leveranciers']);

function isJoiner(t: Token, next: Token | undefined, prev: Token): boolean {
  return (t.text === '-' || t.text === '/') && t.start === prev.end && next !== undefined && next.start === t.end;
}

/** Length in tokens of `keys` read from token i on (skipping joining hyphens), or 0. */
function phraseLength(view: TokenView, keys: string[][], i: number, phrase: string[]): number {
  const { tokens } = view;
  let j = i + 1;
  for (let k = 1; k < phrase.length; k += 1) {
    if (j < tokens.length && isJoiner(tokens[j], tokens[j + 1], tokens[j - 1])) j += 1;
    if (j >= tokens.length || tokens[j].sentence !== tokens[i].sentence || !keys[j].includes(phrase[k])) return 0;
    j += 1;
  }
  return j - i;
}

function compoundThemes(index: LangIndex, token: Token): string[] {
  const { compound } = index;
  if (!compound) return [];
  const word = fold(token.norm);
  if (COMPOUND_STOP.has(word) || word.length < COMPOUND_MIN_TERM + COMPOUND_MIN_REST) return [];
  const found = new Set<string>();
  for (const w of new Set([word, dutchStem(word)])) {
    for (let cut = COMPOUND_MIN_REST; cut <= w.length - COMPOUND_MIN_TERM; cut += 1) {
      for (const id of compound.get(w.slice(cut)) ?? []) found.add(id);
    }
    for (let cut = COMPOUND_MIN_TERM; cut <= w.length - COMPOUND_MIN_REST; cut += 1) {
      for (const id of compound.get(w.slice(0, cut)) ?? []) found.add(id);
    }
  }
  return [...found];
}

interface Hit {
  length: number;
  themeIds: string[];
}

/** What one key starts: the phrases and the single-word term, found with one lookup. */
interface KeyTerms {
  phrases: PhraseEntry[] | undefined;
  single: string[] | undefined;
}

// Derived once per compiled index and never mutated afterwards: a cache, not document state.
const termsByIndex = new WeakMap<LangIndex, Map<string, KeyTerms>>();

function termsOf(index: LangIndex): Map<string, KeyTerms> {
  let terms = termsByIndex.get(index);
  if (!terms) {
    terms = new Map();
    for (const key of new Set([...index.phrases.keys(), ...index.single.keys()])) {
      terms.set(key, { phrases: index.phrases.get(key), single: index.single.get(key) });
    }
    termsByIndex.set(index, terms);
  }
  return terms;
}

/** Tags of a word that cannot be the thing a plural-only term names (see LangIndex.pluralOnly). */
const NOT_A_THING = new Set(['VERB', 'AUX', 'ADJ']);

/**
 * A verb or adjective with no -s of its own ("seated", "special") is no mention of a term
 * written only in the plural ("seats", "specials"); one ending like the term ("it lacks")
 * still is, as the term may be a verb.
 */
function bareNonNoun(token: Token, norm: string): boolean {
  return NOT_A_THING.has(token.pos) && englishSingular(norm) === norm;
}

/** `keys` holds each token's keys, each once (see tokenKeys). */
function longestAt(view: TokenView, keys: string[][], index: LangIndex, terms: Map<string, KeyTerms>, i: number): Hit | null {
  let best: Hit | null = null;
  // Single-word terms are gathered on the way but count only when no phrase matches.
  let single: string[] | null = null;
  let guarded = false;
  let bare: boolean | undefined;
  for (const key of keys[i]) {
    const found = terms.get(key);
    if (!found) continue;
    for (let n = 0; found.phrases && n < found.phrases.length; n += 1) {
      const p = found.phrases[n];
      if (best && p.keys.length <= best.length) break;
      const length = phraseLength(view, keys, i, p.keys);
      if (length > 0 && (!best || length > best.length)) best = { length, themeIds: p.themeIds };
      else if (length > 0 && best && length === best.length) best.themeIds = [...new Set([...best.themeIds, ...p.themeIds])];
    }
    const ids = found.single;
    if (!ids) continue;
    if (index.pluralOnly.get(key) === true && (bare ??= bareNonNoun(view.tokens[i], keys[i][0]))) continue;
    guarded ||= ids.length === 0;
    for (const id of ids) {
      single ??= [];
      if (!single.includes(id)) single.push(id);
    }
  }
  if (best) return best;
  if (single !== null || guarded) return { length: 1, themeIds: single ?? [] };
  const parts = compoundThemes(index, view.tokens[i]);
  return parts.length > 0 ? { length: 1, themeIds: parts } : null;
}

/**
 * Finds the themes a comment mentions. Reading left to right, the longest term starting at
 * each token wins ("customer service" over "service"), so one stretch of text is evidence
 * for one term. A theme is reported once, with all its evidence; a child theme's match is
 * reported as the child. Negation is left to sentiment: "not expensive" is about price.
 * A noun term before one of the taxonomy's heads ("sushi place") is no mention.
 */
export function matchThemes(view: TokenView, compiled: CompiledTaxonomy, lang: Lang | string): ThemeMatch[] {
  const index = compiled.langs.get(lang) ?? compiled.fallback;
  const keyLang = compiled.langs.has(lang) ? lang : '*';
  const keys = view.tokens.map((t) => tokenKeys(t, keyLang));
  const terms = termsOf(index);
  const found = new Map<string, ThemeMatch>();
  let i = 0;
  while (i < view.tokens.length) {
    const hit = longestAt(view, keys, index, terms, i);
    if (!hit) {
      i += 1;
      continue;
    }
    const first = view.tokens[i];
    const last = view.tokens[i + hit.length - 1];
    const themeIds = modifiesHead(view, keys, index, i, hit.length) ? [] : hit.themeIds;
    for (const themeId of themeIds) {
      const theme = compiled.byId.get(themeId);
      if (!theme) continue;
      const m = found.get(themeId) ?? { themeId, label: theme.label, tokenIndexes: [], spans: [] };
      for (let k = i; k < i + hit.length; k += 1) m.tokenIndexes.push(k);
      m.spans.push({ start: first.start, end: last.end });
      found.set(themeId, m);
    }
    i += hit.length;
  }
  return [...found.values()];
}

import type { Token } from '../token-view';
import type { CompiledPack, Entry } from './compiled-pack';

export type ItemKind = 'phrase' | 'word' | 'neg' | 'mod' | 'excess' | 'after' | 'before' | 'irrealis' | 'punct' | 'other';

/** One lexical unit of a sentence: a token, or a run of tokens matched as one phrase. */
export interface Item {
  kind: ItemKind;
  /** Token indexes covered, first..last. */
  first: number;
  last: number;
  /** Valence for words and phrases, multiplier for modifiers. */
  value: number;
  /** A modifier that is also an opinion word ("super", "pretty") keeps this when it modifies nothing. */
  own?: number;
  token: Token;
}

/** Tokens that carry no text of their own: whitespace, zero-width joiners, emoji variation selectors. */
const BLANK = /^[\s\u200b\u200d\ufe0f\u20e3]*$/;
export function isBlank(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  // Most tokens start with a printable ASCII character: no regex needed.
  if (c > 32 && c < 127) return false;
  return BLANK.test(t.text);
}

const PUNCT_RE = /^[\p{P}\p{S}]+$/u;
/** Punctuation or symbols only; ASCII letters and digits answer without the Unicode regex. */
function isPunct(text: string): boolean {
  const c = text.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return false;
  return PUNCT_RE.test(text);
}
const EMOTICON_START = new Set([...':;=<>8xX']);
const EMOTICON = /^[:;=<>8xX][-'^o]?[()\[\]/\\|dDpP3@*]+$|^<\/?3$/;

/**
 * An emoticon glued to text on both sides is part of something else: wink reads the
 * ":/" of "http://host" as an emoticon when the URL has no dot in it.
 */
export function isGluedEmoticon(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!EMOTICON_START.has(t.text[0])) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return EMOTICON.test(t.text) && !!before && !!after && before.end === t.start && after.start === t.end && !isBlank(before) && !isBlank(after);
}

function matches(entry: Entry, tokens: Token[], at: number[], from: number): boolean {
  if (from + entry.words.length > at.length) return false;
  for (let m = 0; m < entry.words.length; m += 1) {
    const t = tokens[at[from + m]];
    if (entry.words[m] === '*' ? isPunct(t.text) : entry.words[m] !== t.norm && entry.words[m] !== t.lemma) return false;
  }
  return true;
}

const DERIVED_ADVERB = 1.3;

/** Adverbs the lexicon lacks take their adjective's valence: "horribly" → "horrible", "happily" → "happy". */
function adverbBase(word: string): string[] {
  if (word.length < 6 || !word.endsWith('ly')) return [];
  if (word.endsWith('bly')) return [`${word.slice(0, -1)}e`];
  const stem = word.slice(0, -2);
  if (stem.endsWith('i')) return [`${stem.slice(0, -1)}y`];
  return [stem];
}

function wordValence(t: Token, cp: CompiledPack): number | undefined {
  const { words, posGated } = cp.pack;
  let key = words.has(t.norm) ? t.norm : t.lemma;
  if (!words.has(key) && cp.pack.lang === 'en') key = adverbBase(t.norm).find((w) => words.has(w)) ?? key;
  const value = words.get(key);
  if (value === undefined) return undefined;
  const gate = posGated?.get(key);
  if (gate && t.pos !== 'X' && !gate.has(t.pos)) return undefined;
  return value;
}

/** Fills in what a single token is; returns the item for chaining. */
function classify(item: Item, tokens: Token[], cp: CompiledPack): Item {
  const { pack } = cp;
  const t = item.token;
  if (isGluedEmoticon(tokens, item.first)) return item;
  if (pack.negators.has(t.norm)) item.kind = 'neg';
  // "unfortunately", "sadly" both open a contrast and carry their own opinion.
  else if (pack.contrastAfter.has(t.norm)) {
    item.kind = 'after';
    item.value = wordValence(t, cp) ?? 0;
  } else if (pack.contrastBefore.has(t.norm)) item.kind = 'before';
  else if (pack.irrealis?.has(t.norm) || pack.irrealis?.has(t.lemma)) item.kind = 'irrealis';
  else if (pack.excess?.has(t.norm)) {
    item.kind = 'excess';
    item.value = pack.intensifiers.get(t.norm) ?? 1.3;
  } else {
    const own = wordValence(t, cp);
    // An adverb known only through its adjective is a degree word before another opinion
    // ("spectacularly stupid"), and its adjective's opinion on its own ("works horribly").
    const derived = own !== undefined && !pack.words.has(t.norm) && t.pos === 'ADV' ? DERIVED_ADVERB : undefined;
    const mod = pack.intensifiers.get(t.norm) ?? pack.downtoners.get(t.norm) ?? derived;
    if (mod !== undefined) {
      item.kind = 'mod';
      item.value = mod;
      item.own = own;
    } else if (own !== undefined) {
      item.kind = 'word';
      item.value = own;
    } else if (isPunct(t.text)) item.kind = 'punct';
  }
  return item;
}

function longest(list: Entry[] | undefined, best: Entry | undefined, tokens: Token[], at: number[], k: number): Entry | undefined {
  if (!list) return best;
  for (const entry of list) {
    if ((!best || entry.words.length > best.words.length) && matches(entry, tokens, at, k)) best = entry;
  }
  return best;
}

/** Splits one sentence's tokens into items, longest lexicon match first. */
export function sentenceItems(tokens: Token[], firstToken: number, lastToken: number, cp: CompiledPack): Item[] {
  const at: number[] = [];
  for (let i = firstToken; i <= lastToken; i += 1) if (!isBlank(tokens[i])) at.push(i);
  const items: Item[] = [];
  let k = 0;
  while (k < at.length) {
    const t = tokens[at[k]];
    let best = longest(cp.byFirstWord.get(t.norm), undefined, tokens, at, k);
    if (t.lemma !== t.norm) best = longest(cp.byFirstWord.get(t.lemma), best, tokens, at, k);
    if (best && (best.words.length > 1 || best.kind === 'phrase')) {
      items.push({ kind: best.kind, first: at[k], last: at[k + best.words.length - 1], value: best.value, token: t });
      k += best.words.length;
    } else {
      items.push(classify({ kind: 'other', first: at[k], last: at[k], value: 0, own: undefined, token: t }, tokens, cp));
      k += 1;
    }
  }
  return items;
}

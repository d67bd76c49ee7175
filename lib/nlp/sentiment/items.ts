import type { Token } from '../token-view';
import type { CompiledPack, Entry, Lexeme } from './compiled-pack';

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
/** First characters of an emoticon: ':', ';', '=', '<', '>', '8', 'x', 'X'. */
function startsEmoticon(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 58 || c === 59 || c === 61 || c === 60 || c === 62 || c === 56 || c === 120 || c === 88;
}
const EMOTICON = /^[:;=<>8xX][-'^o]?[()\[\]/\\|dDpP3@*]+$|^<\/?3$/;

/**
 * An emoticon glued to text on both sides is part of something else: wink reads the
 * ":/" of "http://host" as an emoticon when the URL has no dot in it.
 */
export function isGluedEmoticon(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!startsEmoticon(t.text)) return false;
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
function adverbBase(word: string): string | undefined {
  if (word.length < 6 || !word.endsWith('ly')) return undefined;
  if (word.endsWith('bly')) return `${word.slice(0, -1)}e`;
  const stem = word.slice(0, -2);
  if (stem.endsWith('i')) return `${stem.slice(0, -1)}y`;
  return stem;
}

/**
 * The token's valence: its normal form's, else its lemma's, else (English) its adjective's.
 * `norm` and `lemma` are the lexemes of the token's normal form and lemma. After a degree
 * word ("pretty cool", "so kind") a word gated to adjectives is one, whatever the tagger says.
 */
function wordValence(t: Token, norm: Lexeme | undefined, lemma: Lexeme | undefined, cp: CompiledPack, afterDegree = false): number | undefined {
  let lex = norm?.hasWord ? norm : lemma;
  if (!lex?.hasWord && cp.pack.lang === 'en') {
    const base = adverbBase(t.norm);
    const found = base === undefined ? undefined : cp.lexemes.get(base);
    if (found?.hasWord) lex = found;
  }
  const value = lex?.word;
  if (lex === undefined || value === undefined) return undefined;
  const gate = lex.gate;
  if (gate && t.pos !== 'X' && !gate.has(t.pos) && !(afterDegree && gate.has('ADJ'))) return undefined;
  return value;
}

/** Fills in what a single token is; returns the item for chaining. */
function classify(item: Item, tokens: Token[], cp: CompiledPack, norm: Lexeme | undefined, lemma: Lexeme | undefined, afterDegree: boolean): Item {
  const t = item.token;
  if (isGluedEmoticon(tokens, item.first)) return item;
  if (norm?.neg) item.kind = 'neg';
  // "unfortunately", "sadly" both open a contrast and carry their own opinion.
  else if (norm?.after) {
    item.kind = 'after';
    item.value = wordValence(t, norm, lemma, cp) ?? 0;
  } else if (norm?.before) item.kind = 'before';
  else if (norm?.irrealis || lemma?.irrealis) item.kind = 'irrealis';
  else if (norm?.excess) {
    item.kind = 'excess';
    item.value = norm.intensifier ?? 1.3;
  } else {
    const own = wordValence(t, norm, lemma, cp, afterDegree);
    // An adverb known only through its adjective is a degree word before another opinion
    // ("spectacularly stupid"), and its adjective's opinion on its own ("works horribly").
    const derived = own !== undefined && !norm?.hasWord && t.pos === 'ADV' ? DERIVED_ADVERB : undefined;
    const mod = norm?.intensifier ?? norm?.downtoner ?? derived;
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

/** True when some character repeats three times in a row ("soooo", "yaaay"); a plain loop, as most tokens miss the lexicon. */
function hasTripleLetter(word: string): boolean {
  for (let i = 2; i < word.length; i += 1) {
    const c = word.charCodeAt(i);
    if (c === word.charCodeAt(i - 1) && c === word.charCodeAt(i - 2) && c > 64) return true;
  }
  return false;
}

/**
 * The lexeme of a word, or of its stretched spelling with the stretch taken out: runs of three
 * or more letters shrink to two ("gooood" → "good"), else to one ("yaaay" → "yay").
 */
function lexemeOf(word: string, cp: CompiledPack): Lexeme | undefined {
  const found = cp.lexemes.get(word);
  if (found || word.length < 4 || !hasTripleLetter(word)) return found;
  return cp.lexemes.get(word.replace(/(.)\1{2,}/gu, '$1$1')) ?? cp.lexemes.get(word.replace(/(.)\1{2,}/gu, '$1'));
}

/** Splits one sentence's tokens into items, longest lexicon match first. */
export function sentenceItems(tokens: Token[], firstToken: number, lastToken: number, cp: CompiledPack): Item[] {
  const at: number[] = [];
  for (let i = firstToken; i <= lastToken; i += 1) if (!isBlank(tokens[i])) at.push(i);
  const items: Item[] = [];
  let k = 0;
  while (k < at.length) {
    const t = tokens[at[k]];
    const norm = lexemeOf(t.norm, cp);
    const lemma = t.lemma === t.norm ? norm : cp.lexemes.get(t.lemma);
    let best = longest(norm?.entries, undefined, tokens, at, k);
    if (t.lemma !== t.norm) best = longest(lemma?.entries, best, tokens, at, k);
    if (best && (best.words.length > 1 || best.kind === 'phrase')) {
      items.push({ kind: best.kind, first: at[k], last: at[k + best.words.length - 1], value: best.value, own: undefined, token: t });
      k += best.words.length;
    } else {
      const afterDegree = items.length > 0 && items[items.length - 1].kind === 'mod';
      items.push(classify({ kind: 'other', first: at[k], last: at[k], value: 0, own: undefined, token: t }, tokens, cp, norm, lemma, afterDegree));
      k += 1;
    }
  }
  return items;
}

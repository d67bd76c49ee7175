import type { LexiconPack } from './pack';

export type EntryKind = 'phrase' | 'neg' | 'mod' | 'after' | 'before' | 'irrealis';

/** A lexicon entry of one or more words, matched against token norms or lemmas; "*" matches any one word. */
export interface Entry {
  words: string[];
  kind: EntryKind;
  /** Valence for phrases, multiplier for modifiers, 0 otherwise. */
  value: number;
}

/**
 * Everything the pack says about one key, gathered so a token costs one map lookup
 * instead of one per word list. Fields mirror the pack's lists.
 */
export interface Lexeme {
  /** Entries starting with this word, longest first. */
  entries: Entry[] | undefined;
  /** `words.has(key)`, and `words.get(key)`. */
  hasWord: boolean;
  word: number | undefined;
  gate: ReadonlySet<string> | undefined;
  neg: boolean;
  after: boolean;
  before: boolean;
  irrealis: boolean;
  excess: boolean;
  intensifier: number | undefined;
  downtoner: number | undefined;
}

/** A pack indexed for matching: entries by first word, longest first, and every key's lexeme. */
export interface CompiledPack {
  pack: LexiconPack;
  byFirstWord: Map<string, Entry[]>;
  lexemes: Map<string, Lexeme>;
}

// Derived once per pack object and never mutated afterwards: a cache, not document state.
const compiled = new WeakMap<LexiconPack, CompiledPack>();

const kindRank: Record<EntryKind, number> = { phrase: 0, neg: 1, after: 2, before: 3, irrealis: 4, mod: 5 };

function indexEntries(pack: LexiconPack): Map<string, Entry[]> {
  const byFirstWord = new Map<string, Entry[]>();
  const add = (key: string, kind: EntryKind, value: number) => {
    const words = key.split(' ');
    const list = byFirstWord.get(words[0]) ?? [];
    list.push({ words, kind, value });
    byFirstWord.set(words[0], list);
  };
  for (const [key, value] of pack.phrases) add(key, 'phrase', value);
  const multi = (key: string) => key.includes(' ');
  for (const key of pack.negators) if (multi(key)) add(key, 'neg', 0);
  for (const key of pack.contrastAfter) if (multi(key)) add(key, 'after', 0);
  for (const key of pack.contrastBefore) if (multi(key)) add(key, 'before', 0);
  for (const key of pack.irrealis ?? []) if (multi(key)) add(key, 'irrealis', 0);
  for (const [key, value] of pack.intensifiers) if (multi(key)) add(key, 'mod', value);
  for (const [key, value] of pack.downtoners) if (multi(key)) add(key, 'mod', value);
  for (const list of byFirstWord.values()) {
    list.sort((a, b) => b.words.length - a.words.length || kindRank[a.kind] - kindRank[b.kind]);
  }
  return byFirstWord;
}

function indexLexemes(pack: LexiconPack, byFirstWord: Map<string, Entry[]>): Map<string, Lexeme> {
  const keys = new Set<string>([...byFirstWord.keys(), ...pack.words.keys(), ...pack.negators, ...pack.contrastAfter]);
  for (const list of [pack.contrastBefore, pack.irrealis, pack.excess, pack.intensifiers.keys(), pack.downtoners.keys(), pack.posGated?.keys()]) {
    for (const key of list ?? []) keys.add(key);
  }
  const lexemes = new Map<string, Lexeme>();
  for (const key of keys) {
    lexemes.set(key, {
      entries: byFirstWord.get(key),
      hasWord: pack.words.has(key),
      word: pack.words.get(key),
      gate: pack.posGated?.get(key),
      neg: pack.negators.has(key),
      after: pack.contrastAfter.has(key),
      before: pack.contrastBefore.has(key),
      irrealis: pack.irrealis?.has(key) ?? false,
      excess: pack.excess?.has(key) ?? false,
      intensifier: pack.intensifiers.get(key),
      downtoner: pack.downtoners.get(key),
    });
  }
  return lexemes;
}

export function compilePack(pack: LexiconPack): CompiledPack {
  const known = compiled.get(pack);
  if (known) return known;
  const byFirstWord = indexEntries(pack);
  const result = { pack, byFirstWord, lexemes: indexLexemes(pack, byFirstWord) };
  compiled.set(pack, result);
  return result;
}

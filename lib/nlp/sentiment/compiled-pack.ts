import type { LexiconPack } from './pack';

export type EntryKind = 'phrase' | 'neg' | 'mod' | 'after' | 'before' | 'irrealis';

/** A lexicon entry of one or more words, matched against token norms or lemmas; "*" matches any one word. */
export interface Entry {
  words: string[];
  kind: EntryKind;
  /** Valence for phrases, multiplier for modifiers, 0 otherwise. */
  value: number;
}

/** A pack indexed for matching: entries by first word, longest first. */
export interface CompiledPack {
  pack: LexiconPack;
  byFirstWord: Map<string, Entry[]>;
}

// Derived once per pack object and never mutated afterwards: a cache, not document state.
const compiled = new WeakMap<LexiconPack, CompiledPack>();

const kindRank: Record<EntryKind, number> = { phrase: 0, neg: 1, after: 2, before: 3, irrealis: 4, mod: 5 };

export function compilePack(pack: LexiconPack): CompiledPack {
  const known = compiled.get(pack);
  if (known) return known;
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
  const result = { pack, byFirstWord };
  compiled.set(pack, result);
  return result;
}

import type { Taxonomy, TaxonomyTheme } from '../../types';
import { termKey, termWords } from './keys';
import { GUARD_PHRASES } from './guards';

/** One theme of a compiled taxonomy, flattened; `parent` is null for a top-level theme. */
export interface CompiledTheme {
  id: string;
  label: string;
  labels: Record<string, string>;
  parent: string | null;
}

/** A multi-word term: its word keys in order and the themes it stands for (none for a guard). */
export interface PhraseEntry {
  keys: string[];
  themeIds: string[];
}

/** The lookup structures for one language. */
export interface LangIndex {
  lang: string;
  /** Single-word term key → theme ids ([] for a guard). */
  single: Map<string, string[]>;
  /** First word key → phrases starting with it, longest first. */
  phrases: Map<string, PhraseEntry[]>;
  /** Dutch only: single-word keys long enough to match inside a compound. */
  compound: Map<string, string[]> | null;
  /** Keys of the taxonomy's "heads": a noun term right before one is a modifier, not a mention. */
  heads: Set<string>;
  /**
   * English single-word keys → true while every term behind the key was written in the plural
   * ("seats", "specials"): such a term names a thing, so a verb or adjective sharing its stem
   * ("we were seated", "nothing special") is no mention of it (see match.ts).
   */
  pluralOnly: Map<string, boolean>;
}

export interface CompiledTaxonomy {
  name: string;
  version: number;
  themes: CompiledTheme[];
  byId: Map<string, CompiledTheme>;
  /** Per language; `fallback` holds the any-language terms for languages the file does not name. */
  langs: Map<string, LangIndex>;
  fallback: LangIndex;
}

/** Dutch compounds: a term of at least this many characters may be one part of a longer word. */
export const COMPOUND_MIN_TERM = 5;

function emptyIndex(lang: string): LangIndex {
  return { lang, single: new Map(), phrases: new Map(), compound: lang === 'nl' ? new Map() : null, heads: new Set(), pluralOnly: new Map() };
}

function pushUnique(map: Map<string, string[]>, key: string, themeId: string | null): void {
  const list = map.get(key) ?? [];
  if (themeId !== null && !list.includes(themeId)) list.push(themeId);
  map.set(key, list);
}

function addTerm(index: LangIndex, term: string, themeId: string | null): void {
  const words = termWords(term);
  const keys = words.map((w) => termKey(w, index.lang));
  if (keys.length === 0) return;
  if (keys.length === 1) {
    pushUnique(index.single, keys[0], themeId);
    if (index.lang === 'en') index.pluralOnly.set(keys[0], (index.pluralOnly.get(keys[0]) ?? true) && words[0] !== keys[0]);
    if (index.compound && themeId !== null && keys[0].length >= COMPOUND_MIN_TERM) {
      pushUnique(index.compound, keys[0], themeId);
    }
    return;
  }
  const list = index.phrases.get(keys[0]) ?? [];
  const same = list.find((p) => p.keys.length === keys.length && p.keys.every((k, i) => k === keys[i]));
  if (same) {
    if (themeId !== null && !same.themeIds.includes(themeId)) same.themeIds.push(themeId);
  } else {
    list.push({ keys, themeIds: themeId === null ? [] : [themeId] });
    list.sort((a, b) => b.keys.length - a.keys.length);
  }
  index.phrases.set(keys[0], list);
}

function termsFor(terms: TaxonomyTheme['terms'] | undefined, lang: string | null): string[] {
  if (terms === undefined) return [];
  if (Array.isArray(terms)) return terms;
  return lang === null ? [] : (terms[lang] ?? []);
}

/** The taxonomy's own guards and heads, which apply to every theme. */
function addSharpeners(index: LangIndex, t: Taxonomy, lang: string | null): void {
  for (const g of termsFor(t.guards, lang)) addTerm(index, g, null);
  for (const h of termsFor(t.heads, lang)) {
    const keys = termWords(h).map((w) => termKey(w, index.lang));
    if (keys.length === 1) index.heads.add(keys[0]);
  }
}

function walk(themes: TaxonomyTheme[], parent: string | null, visit: (t: TaxonomyTheme, parent: string | null) => void): void {
  for (const t of themes) {
    visit(t, parent);
    if (t.children) walk(t.children, t.id, visit);
  }
}

/**
 * Builds the lookup structures once per taxonomy. Every language the file names gets an
 * index, and so do English and Dutch (the languages we detect); a list of terms applies to
 * every language, an object's terms only to their own. Guard phrases ("can't wait", and the
 * taxonomy's own "guards") are indexed with no theme so that, matched as the longest phrase,
 * they hide their words.
 */
export function compileTaxonomy(t: Taxonomy): CompiledTaxonomy {
  const themes: CompiledTheme[] = [];
  const langSet = new Set<string>(['en', 'nl']);
  walk(t.themes, null, (theme, parent) => {
    themes.push({ id: theme.id, label: theme.label, labels: { ...(theme.labels ?? {}) }, parent });
    if (!Array.isArray(theme.terms)) for (const l of Object.keys(theme.terms)) langSet.add(l);
  });
  const langs = new Map<string, LangIndex>();
  for (const lang of langSet) {
    const index = emptyIndex(lang);
    for (const g of GUARD_PHRASES[lang] ?? []) addTerm(index, g, null);
    addSharpeners(index, t, lang);
    walk(t.themes, null, (theme) => {
      for (const term of termsFor(theme.terms, lang)) addTerm(index, term, theme.id);
    });
    langs.set(lang, index);
  }
  const fallback = emptyIndex('*');
  addSharpeners(fallback, t, null);
  walk(t.themes, null, (theme) => {
    for (const term of termsFor(theme.terms, null)) addTerm(fallback, term, theme.id);
  });
  return { name: t.name, version: t.version, themes, byId: new Map(themes.map((x) => [x.id, x])), langs, fallback };
}

import { InputError } from '../../errors';
import type { Taxonomy, TaxonomyTheme } from '../../types';

/**
 * Reads a taxonomy file (DESIGN.md "Taxonomy file") and says, on one line, what is wrong
 * with it and where, so a user editing the JSON by hand can fix it.
 *
 * Two optional top-level lists, written like a theme's terms (a list, or an object keyed by
 * language code), sharpen the terms without naming a theme:
 * - "guards": phrases that hide the terms inside them, as the built-in guards do for "can't
 *   wait" ("breath of fresh air" is not about freshness).
 * - "heads": nouns that make a noun term right before them a mere modifier ("place" in a
 *   restaurant file: "a sushi place" names a kind of restaurant, not the sushi).
 */

const ID_PART = /^[\p{L}\p{N}_-]+$/u;
const LANG = /^[a-z]{2,3}(?:-[a-z0-9]+)?$/i;

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readTermList(v: unknown, where: string): string[] {
  if (!Array.isArray(v)) throw new InputError(`${where} must be a list of strings`);
  return v.map((t, i) => {
    if (typeof t !== 'string' || !t.trim()) throw new InputError(`${where}[${i}] must be a non-empty string`);
    return t.trim();
  });
}

function readTerms(v: unknown, where: string, what = ' terms'): string[] | Record<string, string[]> {
  if (v === undefined) return [];
  if (Array.isArray(v)) return readTermList(v, `${where}${what}`);
  if (!isObject(v)) throw new InputError(`${where}${what} must be a list or an object keyed by language code`);
  const out: Record<string, string[]> = {};
  for (const [lang, list] of Object.entries(v)) {
    if (!LANG.test(lang)) throw new InputError(`${where}${what}: "${lang}" is not a language code (e.g. "en", "nl")`);
    out[lang.toLowerCase()] = readTermList(list, `${where}${what}.${lang}`);
  }
  return out;
}

export function countTerms(terms: TaxonomyTheme['terms']): number {
  return Array.isArray(terms) ? terms.length : Object.values(terms).reduce((n, l) => n + l.length, 0);
}

function readLabels(v: unknown, where: string): Record<string, string> | undefined {
  if (v === undefined) return undefined;
  if (!isObject(v)) throw new InputError(`${where} labels must be an object keyed by language code`);
  const out: Record<string, string> = {};
  for (const [lang, label] of Object.entries(v)) {
    if (typeof label !== 'string' || !label.trim()) throw new InputError(`${where} labels.${lang} must be a non-empty string`);
    out[lang] = label;
  }
  return out;
}

function readTheme(v: unknown, parentId: string | null, path: string, seen: Set<string>): TaxonomyTheme {
  if (!isObject(v)) throw new InputError(`${path} must be an object`);
  const { id } = v;
  if (typeof id !== 'string' || !id.trim()) throw new InputError(`${path} has no id`);
  const where = `theme "${id}"`;
  const last = parentId === null ? id : id.slice(parentId.length + 1);
  if (parentId !== null && !id.startsWith(`${parentId}.`)) {
    throw new InputError(`${where}: a child's id must start with its parent's id and a dot ("${parentId}.…")`);
  }
  if (!ID_PART.test(last)) {
    throw new InputError(`${where}: id parts may hold letters, digits, "-" and "_" only, with "." only between parent and child`);
  }
  if (seen.has(id)) throw new InputError(`${where}: duplicate id`);
  seen.add(id);
  if (v.label !== undefined && (typeof v.label !== 'string' || !v.label.trim())) {
    throw new InputError(`${where}: label must be a non-empty string`);
  }
  const label = typeof v.label === 'string' ? v.label : id;
  if (v.color !== undefined && typeof v.color !== 'string') throw new InputError(`${where}: color must be a string`);
  if (v.children !== undefined && !Array.isArray(v.children)) throw new InputError(`${where}: children must be a list`);
  const terms = readTerms(v.terms, where);
  const children = Array.isArray(v.children)
    ? v.children.map((c, i) => readTheme(c, id, `${where} child #${i + 1}`, seen))
    : undefined;
  if (countTerms(terms) === 0 && !(children && children.length > 0)) {
    throw new InputError(`${where} has no terms: give it at least one word or phrase`);
  }
  const theme: TaxonomyTheme = { id, label, terms };
  const labels = readLabels(v.labels, where);
  if (labels) theme.labels = labels;
  if (children && children.length > 0) theme.children = children;
  if (typeof v.color === 'string') theme.color = v.color;
  return theme;
}

/** Validates parsed JSON as a taxonomy; `source` (e.g. a file name) prefixes every message. */
export function parseTaxonomy(json: unknown, source = 'taxonomy'): Taxonomy {
  try {
    if (!isObject(json)) throw new InputError('must be a JSON object with "name", "version" and "themes"');
    const { name, version, themes } = json;
    if (typeof name !== 'string' || !name.trim()) throw new InputError('"name" must be a non-empty string');
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      throw new InputError(`"version" must be a whole number from 1 up (got ${JSON.stringify(version)})`);
    }
    if (!Array.isArray(themes) || themes.length === 0) throw new InputError('"themes" must be a non-empty list');
    const seen = new Set<string>();
    const out: Taxonomy = { name, version, themes: themes.map((t, i) => readTheme(t, null, `theme #${i + 1}`, seen)) };
    for (const key of ['guards', 'heads'] as const) {
      if (json[key] !== undefined) out[key] = readTerms(json[key], `"${key}"`, '');
    }
    for (const head of out.heads ? Object.values(out.heads).flat() : []) {
      if (/\s/.test(head)) throw new InputError(`"heads": "${head}" must be one word`);
    }
    return out;
  } catch (e) {
    if (e instanceof InputError) throw new InputError(`${source}: ${e.message}`);
    throw e;
  }
}

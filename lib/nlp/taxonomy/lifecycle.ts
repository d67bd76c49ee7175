import { InputError } from '../../errors';
import type { Taxonomy, TaxonomyTheme } from '../../types';

/**
 * A taxonomy changes by whole versions: every edit returns a new taxonomy with version + 1,
 * and every analysis records "<name>@<version>", so comments tagged by an older version are
 * found and re-tagged. (Manual corrections live with the comment and survive re-tagging.)
 */

export function taxonomyVersionKey(t: Pick<Taxonomy, 'name' | 'version'>): string {
  return `${t.name}@${t.version}`;
}

/** True when an analysis made with `analysisTaxonomyVersion` is stale under `current`. */
export function needsRetag(analysisTaxonomyVersion: string | null | undefined, current: Pick<Taxonomy, 'name' | 'version'>): boolean {
  return analysisTaxonomyVersion !== taxonomyVersionKey(current);
}

function cloneTheme(t: TaxonomyTheme): TaxonomyTheme {
  return structuredClone(t);
}

function findTheme(themes: TaxonomyTheme[], id: string): TaxonomyTheme | undefined {
  for (const t of themes) {
    if (t.id === id) return t;
    const inChild = t.children ? findTheme(t.children, id) : undefined;
    if (inChild) return inChild;
  }
  return undefined;
}

/** Every theme id of a taxonomy, parents before children. */
export function themeIds(t: Taxonomy): string[] {
  const out: string[] = [];
  const walk = (list: TaxonomyTheme[]) => list.forEach((x) => (out.push(x.id), x.children && walk(x.children)));
  walk(t.themes);
  return out;
}

/** Re-roots a theme (and its children) under `parentId`: "slow-app" → "app.slow-app". */
function reparent(theme: TaxonomyTheme, oldPrefix: string, newPrefix: string): TaxonomyTheme {
  const id = theme.id === oldPrefix ? newPrefix : `${newPrefix}${theme.id.slice(oldPrefix.length)}`;
  const out: TaxonomyTheme = { ...theme, id };
  if (theme.children) out.children = theme.children.map((c) => reparent(c, oldPrefix, newPrefix));
  return out;
}

/**
 * Adds a theme (top level, or under `parentId`, its id prefixed to fit) and returns the new
 * taxonomy with version + 1; accepting a discovered theme is this one step.
 */
export function addTheme(t: Taxonomy, theme: TaxonomyTheme, parentId?: string): Taxonomy {
  const next = structuredClone(t);
  let added = cloneTheme(theme);
  if (parentId !== undefined) {
    const parent = findTheme(next.themes, parentId);
    if (!parent) throw new InputError(`cannot add theme "${theme.id}": no parent theme "${parentId}"`);
    if (!added.id.startsWith(`${parentId}.`)) {
      const last = added.id.split('.').pop() ?? added.id;
      added = reparent(added, added.id, `${parentId}.${last}`);
    }
    parent.children = [...(parent.children ?? []), added];
  } else {
    next.themes.push(added);
  }
  const taken = new Set(themeIds(t));
  for (const id of themeIds({ ...t, themes: [added] })) {
    if (taken.has(id)) throw new InputError(`cannot add theme "${id}": a theme with that id exists`);
  }
  next.version = t.version + 1;
  return next;
}

function unionTerms(a: TaxonomyTheme['terms'], b: TaxonomyTheme['terms']): TaxonomyTheme['terms'] {
  const uniq = (xs: string[]) => [...new Set(xs)];
  if (Array.isArray(a) && Array.isArray(b)) return uniq([...a, ...b]);
  const asObject = (x: TaxonomyTheme['terms']): Record<string, string[]> => (Array.isArray(x) ? (x.length ? { '*': x } : {}) : x);
  const out: Record<string, string[]> = {};
  for (const src of [asObject(a), asObject(b)]) {
    for (const [lang, list] of Object.entries(src)) out[lang] = uniq([...(out[lang] ?? []), ...list]);
  }
  // A list term applies to every language, so it is copied into each named one.
  const any = out['*'];
  delete out['*'];
  if (any) for (const lang of Object.keys(out)) out[lang] = uniq([...out[lang], ...any]);
  return Object.keys(out).length ? out : (any ?? []);
}

function mergeThemes(base: TaxonomyTheme[], addition: TaxonomyTheme[]): TaxonomyTheme[] {
  const out = base.map(cloneTheme);
  for (const add of addition) {
    const same = out.find((t) => t.id === add.id);
    if (!same) {
      out.push(cloneTheme(add));
      continue;
    }
    same.terms = unionTerms(same.terms, add.terms);
    if (add.labels) same.labels = { ...(same.labels ?? {}), ...add.labels };
    if (add.children) same.children = mergeThemes(same.children ?? [], add.children);
  }
  return out;
}

/**
 * Merges `addition` into `base`: new themes are added, a theme present in both keeps the
 * base's label and gains the addition's terms and children. Version = base version + 1.
 */
export function mergeTaxonomy(base: Taxonomy, addition: Pick<Taxonomy, 'themes'>): Taxonomy {
  return { ...base, version: base.version + 1, themes: mergeThemes(base.themes, addition.themes) };
}

export interface TaxonomyDiff {
  added: string[];
  removed: string[];
  /** Same id, different label, labels, terms or parent. */
  changed: string[];
}

function flatten(t: Taxonomy): Map<string, string> {
  const out = new Map<string, string>();
  const norm = (terms: TaxonomyTheme['terms']) =>
    Array.isArray(terms)
      ? [...terms].sort()
      : Object.fromEntries(Object.entries(terms).sort(([x], [y]) => x.localeCompare(y)).map(([k, v]) => [k, [...v].sort()]));
  const walk = (list: TaxonomyTheme[], parent: string | null) => {
    for (const x of list) {
      const labels = Object.entries(x.labels ?? {}).sort(([p], [q]) => p.localeCompare(q));
      out.set(x.id, JSON.stringify([x.label, labels, norm(x.terms), parent]));
      if (x.children) walk(x.children, x.id);
    }
  };
  walk(t.themes, null);
  return out;
}

/** What changed from `a` to `b`, by theme id (a colour change is not a change for tagging). */
export function diffTaxonomies(a: Taxonomy, b: Taxonomy): TaxonomyDiff {
  const fa = flatten(a);
  const fb = flatten(b);
  return {
    added: [...fb.keys()].filter((id) => !fa.has(id)),
    removed: [...fa.keys()].filter((id) => !fb.has(id)),
    changed: [...fb.keys()].filter((id) => fa.has(id) && fa.get(id) !== fb.get(id)),
  };
}

import type { Taxonomy, TaxonomyTheme } from '../types';
import { builtinTaxonomy } from '../nlp/taxonomy/builtin';

function collect(themes: TaxonomyTheme[], lang: string, into: Map<string, string>): void {
  for (const theme of themes) {
    into.set(theme.id, theme.labels?.[lang] ?? theme.label);
    if (theme.children) collect(theme.children, lang, into);
  }
}

/**
 * Theme id → label in the UI language, from the taxonomies in use (later ones win).
 * An unknown id (a theme since deleted) shows as its id rather than vanishing.
 */
export function themeLabeler(lang: string, taxonomies: Taxonomy[] = [builtinTaxonomy]): (id: string) => string {
  const labels = new Map<string, string>();
  for (const taxonomy of taxonomies) collect(taxonomy.themes, lang, labels);
  return (id) => labels.get(id) ?? id;
}

import { readFileSync } from 'node:fs';
import { getEngine } from '../../../../lib/nlp/engine';
import { tokenize } from '../../../../lib/nlp/tokens';
import { builtinTaxonomy } from '../../../../lib/nlp/taxonomy/builtin';
import { compileTaxonomy, type CompiledTaxonomy } from '../../../../lib/nlp/taxonomy/compile';
import { matchThemes } from '../../../../lib/nlp/taxonomy/match';
import { parseTaxonomy } from '../../../../lib/nlp/taxonomy/validate';
import type { Lang } from '../../../../lib/types';

export const engine = getEngine();
export const builtin = compileTaxonomy(builtinTaxonomy);
export const restaurant = compileTaxonomy(
  parseTaxonomy(JSON.parse(readFileSync(new URL('../../../fixtures/taxonomies/restaurant.json', import.meta.url), 'utf8'))),
);

/** The themes a text mentions, each with the words that matched. */
export function themesOf(text: string, lang: Lang = 'en', compiled: CompiledTaxonomy = builtin): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const m of matchThemes(tokenize(text, engine, lang), compiled, lang)) {
    out[m.themeId] = m.spans.map((s) => text.slice(s.start, s.end));
  }
  return out;
}

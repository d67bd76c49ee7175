import type { Taxonomy } from '../../types';
import data from './builtin.json';
import { parseTaxonomy } from './validate';

/**
 * The customer-experience themes Verbatim ships with, in English and Dutch. A user's
 * taxonomy file replaces it whole (`--taxonomy FILE.json`, or the theme editor).
 */
export const builtinTaxonomy: Taxonomy = parseTaxonomy(data, 'built-in taxonomy');

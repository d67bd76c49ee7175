/**
 * English keys for theme matching. Terms are written as lemmas, and wink lemmatises the
 * comment, but wink leaves some words alone (a capitalised sentence-initial "Dishes" keeps
 * its -s), so both sides also go through this plural rule: the same function on both
 * sides keeps them comparable even where its output is not a real word.
 */

const KEEP = new Set(['news', 'series', 'species', 'always', 'perhaps', 'lens', 'chaos', 'canvas', 'gas', 'bus', 'plus']);

export function englishSingular(word: string): string {
  const w = word;
  // Every rule below strips an -s: anything else is already singular (and needs no regex).
  if (!w.endsWith('s') || w.length < 4 || KEEP.has(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses') || w.endsWith('shes') || w.endsWith('ches') || w.endsWith('xes') || w.endsWith('zes')) return w.slice(0, -2);
  if (!w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

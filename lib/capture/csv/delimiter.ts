import Papa from 'papaparse';

const CANDIDATES = [',', ';', '\t'] as const;

/**
 * The delimiter that splits the file into the most consistent table. Papaparse's own guess
 * is thrown off by quoted multi-line cells and by decimal commas in ';' files, so each
 * candidate is tried with the real parser (which understands quotes) and judged by the
 * share of the first rows that are as wide as the header row, which must be at least two
 * columns wide; ties go to the wider table. A file of one column has no delimiter at all.
 */
export function detectDelimiter(text: string, fileName?: string): string {
  if (fileName && /\.tsv$/i.test(fileName)) return '\t';
  const sample = text.slice(0, 64 * 1024);
  let best = { delimiter: ',', share: 0, width: 1 };
  for (const delimiter of CANDIDATES) {
    const rows = Papa.parse<string[]>(sample, { delimiter, preview: 30, skipEmptyLines: 'greedy' }).data;
    // The last sampled row may be cut off mid-way; it says nothing about the width.
    const judged = sample.length < text.length && rows.length > 2 ? rows.slice(0, -1) : rows;
    const width = judged[0]?.length ?? 0;
    if (width < 2) continue;
    const share = judged.filter((r) => r.length === width).length / judged.length;
    if (share > best.share + 1e-9 || (Math.abs(share - best.share) < 1e-9 && width > best.width)) best = { delimiter, share, width };
  }
  if (best.share > 0) return best.delimiter;
  const uses = (d: string): number => sample.split(d).length;
  return [...CANDIDATES].sort((a, b) => uses(a) - uses(b))[0];
}

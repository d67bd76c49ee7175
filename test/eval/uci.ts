import { readFileSync } from 'node:fs';
import type { Row } from './row';
import { verbatimScorer, winkScorer, type Scorer } from './scorers';

/**
 * UCI "Sentiment Labelled Sentences" (Kotzias et al. 2015): 1,000 sentences per source,
 * half positive. Accuracy with a zero score counted wrong (no opinion found is no answer).
 */
const DIR = '/work/shared/data/uci-sentiment';
const SETS: { name: string; file: string; target: number }[] = [
  { name: 'amazon_cells', file: 'amazon_cells_labelled.txt', target: 85 },
  { name: 'yelp', file: 'yelp_labelled.txt', target: 80 },
  { name: 'imdb', file: 'imdb_labelled.txt', target: 75 },
];

export interface Labelled {
  text: string;
  positive: boolean;
}

export function readUci(file: string): Labelled[] {
  return readFileSync(`${DIR}/${file}`, 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((cells) => cells.length >= 2 && (cells[1].trim() === '0' || cells[1].trim() === '1'))
    .map((cells) => ({ text: cells[0].trim(), positive: cells[1].trim() === '1' }));
}

/** Percentage right; a zero score is wrong. */
export function accuracy(rows: Labelled[], score: Scorer): number {
  let right = 0;
  for (const row of rows) {
    const s = score(row.text);
    if ((s > 0 && row.positive) || (s < 0 && !row.positive)) right += 1;
  }
  return (100 * right) / rows.length;
}

export async function evalUci(): Promise<Row[]> {
  const ours = verbatimScorer('en');
  const wink = winkScorer();
  return SETS.map(({ name, file, target }) => {
    const rows = readUci(file);
    return {
      dataset: `uci-sentiment ${name}`,
      metric: 'accuracy % (zero = wrong)',
      value: accuracy(rows, ours),
      target,
      baseline: accuracy(rows, wink),
    };
  });
}

import { readFileSync } from 'node:fs';
import type { Row } from './row';
import { verbatimScorer, winkScorer, type Scorer } from './scorers';

/**
 * VADER's 4,200 tweets (Hutto & Gilbert 2014), each the mean of 20 ratings on −4..4.
 * Polar-class micro F1: gold is neutral when |mean| < 0.05; a neutral prediction is no
 * answer (a gold polar tweet missed is a false negative, a polar guess on a neutral or
 * opposite tweet a false positive).
 */
const FILE = '/work/shared/data/vader-tweets/tweets_GroundTruth.txt';
const GOLD_NEUTRAL = 0.05;

export interface RatedText {
  text: string;
  mean: number;
}

export function readTweets(): RatedText[] {
  return readFileSync(FILE, 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((cells) => cells.length >= 3 && cells[1] !== '' && !Number.isNaN(Number(cells[1])))
    .map((cells) => ({ mean: Number(cells[1]), text: cells.slice(2).join('\t') }));
}

const polarity = (x: number, band: number) => (x >= band ? 1 : x <= -band ? -1 : 0);

/** `band`: predicted scores within ±band are neutral. */
export function polarMicroF1(rows: RatedText[], score: Scorer, band: number): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const row of rows) {
    const gold = polarity(row.mean, GOLD_NEUTRAL);
    const guess = polarity(score(row.text), band);
    if (guess !== 0 && guess === gold) tp += 1;
    else {
      if (guess !== 0) fp += 1;
      if (gold !== 0) fn += 1;
    }
  }
  return (2 * tp) / (2 * tp + fp + fn);
}

export async function evalVader(): Promise<Row[]> {
  const rows = readTweets();
  return [
    {
      dataset: 'vader-tweets',
      metric: 'polar micro F1',
      // Our neutral band (label.ts) is ±0.05; wink's neutral is an exact 0.
      value: polarMicroF1(rows, verbatimScorer('en'), 0.05),
      target: 0.9,
      baseline: polarMicroF1(rows, winkScorer(), Number.MIN_VALUE),
    },
  ];
}

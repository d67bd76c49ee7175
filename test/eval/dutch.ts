import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detectLanguage } from '../../lib/nlp/language';
import { labelOf } from '../../lib/nlp/sentiment/label';
import type { SentimentLabel } from '../../lib/types';
import type { Row } from './row';
import { verbatimScorer, winkScorer, type Scorer } from './scorers';

/**
 * Dutch customer feedback written for Verbatim (webshops, delivery, apps, hospitality,
 * telecom, energy, banks), labelled by hand before the Dutch lexicon was built.
 * - sentences.tsv: the development set. The lexicon's general review language was
 *   extended after reading its errors, so its figure is optimistic.
 * - holdout.tsv: written after the lexicon was tuned and never tuned on; its figure is
 *   the honest one.
 * Accuracy is 3-class (positive / neutral / negative) through analyzeText with lang 'nl';
 * the baseline is wink-nlp alone, whose English lexicon barely knows Dutch.
 */
const SETS = [
  ['dutch-feedback (dev)', '../fixtures/dutch/sentences.tsv'],
  ['dutch-feedback (holdout)', '../fixtures/dutch/holdout.tsv'],
] as const;

/** English reviews: the detector must leave them English. */
const ENGLISH_REVIEWS = ['amazon_cells_labelled.txt', 'imdb_labelled.txt', 'yelp_labelled.txt'].map(
  (f) => `/work/shared/data/uci-sentiment/${f}`,
);
const ENGLISH_TARGET = 0.99;

const LABELS: readonly SentimentLabel[] = ['positive', 'neutral', 'negative'];
const ACCURACY_TARGET = 0.75;
const LANGUAGE_TARGET = 0.95;

export interface LabelledText {
  label: SentimentLabel;
  text: string;
}

export function readLabelled(file: string): LabelledText[] {
  const path = fileURLToPath(new URL(file, import.meta.url));
  return readFileSync(path, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter((cells): cells is [SentimentLabel, string] => cells.length === 2 && LABELS.includes(cells[0] as SentimentLabel))
    .map(([label, text]) => ({ label, text }));
}

export function accuracy(rows: LabelledText[], score: Scorer): number {
  const right = rows.filter((r) => labelOf(score(r.text)) === r.label).length;
  return rows.length === 0 ? 0 : right / rows.length;
}

/** Mean over the three labels of each label's F1: a tagger that calls everything neutral scores low. */
export function macroF1(rows: LabelledText[], score: Scorer): number {
  const guesses = rows.map((r) => labelOf(score(r.text)));
  const f1s = LABELS.map((label) => {
    const tp = rows.filter((r, i) => r.label === label && guesses[i] === label).length;
    const predicted = guesses.filter((g) => g === label).length;
    const actual = rows.filter((r) => r.label === label).length;
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = actual === 0 ? 0 : tp / actual;
    return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  });
  return f1s.reduce((a, b) => a + b, 0) / f1s.length;
}

export async function evalDutch(): Promise<Row[]> {
  const dutch = verbatimScorer('nl');
  const auto = verbatimScorer('auto');
  const wink = winkScorer();
  const rows: Row[] = [];
  for (const [dataset, file] of SETS) {
    const data = readLabelled(file);
    rows.push(
      { dataset, metric: '3-class accuracy', value: accuracy(data, dutch), target: ACCURACY_TARGET, baseline: accuracy(data, wink) },
      { dataset, metric: 'macro F1', value: macroF1(data, dutch), baseline: macroF1(data, wink) },
      { dataset, metric: '3-class accuracy, lang auto', value: accuracy(data, auto) },
      {
        dataset,
        metric: 'language detected as nl',
        value: data.filter((r) => detectLanguage(r.text) === 'nl').length / data.length,
        target: LANGUAGE_TARGET,
      },
    );
  }
  const english = ENGLISH_REVIEWS.flatMap((path) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .map((line) => line.split('\t')[0])
      .filter((text) => text.trim() !== ''),
  );
  rows.push({
    dataset: 'uci-sentiment (en)',
    metric: 'language detected as en',
    value: english.filter((text) => detectLanguage(text) === 'en').length / english.length,
    target: ENGLISH_TARGET,
  });
  return rows;
}

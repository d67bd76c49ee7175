import type { Sentiment, SentimentLabel } from '../../types';

/**
 * Scores within ±0.05 are neutral, as in VADER's compound score: one mild word
 * ("ok" ≈ 0.15) is already an opinion, a hypothetical one in a question is not.
 */
export const NEUTRAL_BAND = 0.05;

/** VADER's normalisation: a raw valence sum onto −1..1, ≈0.6 for one strong word. */
const ALPHA = 15;

export function normalise(raw: number): number {
  return raw === 0 ? 0 : raw / Math.sqrt(raw * raw + ALPHA);
}

export function labelOf(score: number): SentimentLabel {
  if (score >= NEUTRAL_BAND) return 'positive';
  if (score <= -NEUTRAL_BAND) return 'negative';
  return 'neutral';
}

export function toSentiment(score: number): Sentiment {
  const clamped = Math.max(-1, Math.min(1, score));
  const rounded = Math.round(clamped * 1000) / 1000;
  return { score: rounded === 0 ? 0 : rounded, label: labelOf(rounded) };
}

export const NEUTRAL: Sentiment = { score: 0, label: 'neutral' };

/**
 * Combines the scores of several sentences or clauses. Neutral parts are left out and
 * the rest are weighted by their strength (× an optional weight), so "Delivery was fast.
 * I ordered on Monday." stays as positive as its opinion, and a mixed comment lands
 * where the balance of its stronger opinions lies.
 */
export function strengthWeightedMean(scores: number[], weights?: number[]): number {
  let num = 0;
  let den = 0;
  scores.forEach((s, i) => {
    const w = Math.abs(s) * (weights ? weights[i] : 1);
    num += s * w;
    den += w;
  });
  return den === 0 ? 0 : num / den;
}

export type BenchmarkBandId = 'negative' | 'ok' | 'good' | 'excellent';

export interface BenchmarkBand {
  id: BenchmarkBandId;
  label: string;
  /** Inclusive lower bound on the integer NPS; −100 for the lowest band. */
  min: number;
}

/** Common NPS benchmark bands, highest first: below 0, 0–49, 50–69, 70+. */
export const BENCHMARK_BANDS: readonly BenchmarkBand[] = [
  { id: 'excellent', label: 'Excellent', min: 70 },
  { id: 'good', label: 'Good', min: 50 },
  { id: 'ok', label: 'OK', min: 0 },
  { id: 'negative', label: 'Negative', min: -100 },
];

/**
 * The band of an NPS. The band is read off the integer that is shown, so the label always
 * matches the figure beside it (an exact 49.6 shows as 50 and is "good").
 */
export function benchmarkBand(score: number): BenchmarkBand {
  const shown = Math.round(score);
  return BENCHMARK_BANDS.find((b) => shown >= b.min) ?? BENCHMARK_BANDS[BENCHMARK_BANDS.length - 1];
}

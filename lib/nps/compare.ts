import type { SegmentCounts } from '../types';
import { exactNps, npsVariance } from './summary';

export interface NpsComparison {
  /** NPS(current) − NPS(baseline), unrounded points. */
  difference: number;
  /** √(var₁ + var₂)·100, in NPS points. */
  standardError: number;
  z: number;
  /** |z| ≥ 1.96: the two NPS differ at the 95% level. */
  significant: boolean;
}

/**
 * Two-sample test of two independent NPS figures (two periods, two sources). Null when
 * either side has no rated response. When both variances are 0 (everyone in each sample
 * answered alike) any non-zero difference is significant and z is ±Infinity.
 */
export function compareNps(current: SegmentCounts, baseline: SegmentCounts): NpsComparison | null {
  const a = exactNps(current);
  const b = exactNps(baseline);
  const va = npsVariance(current);
  const vb = npsVariance(baseline);
  if (a === null || b === null || va === null || vb === null) return null;
  const difference = a - b;
  const standardError = Math.sqrt(va + vb) * 100;
  const z = standardError === 0 ? (difference === 0 ? 0 : Math.sign(difference) * Infinity) : difference / standardError;
  return { difference, standardError, z, significant: Math.abs(z) >= 1.96 };
}

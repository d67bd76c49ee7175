/**
 * A Customer Effort Score scale. CES 2.0 ("The company made it easy for me…", 1–7) is
 * higher-is-better; the older 1–5 effort question ("How much effort…") is lower-is-better.
 */
export interface CesScale {
  min: number;
  max: number;
  higherIsBetter: boolean;
  /** How many of the best answers make the "top box" (3 on 1–7: any agreement, 5–7). */
  topBoxSize: number;
}

export const CES_7: CesScale = { min: 1, max: 7, higherIsBetter: true, topBoxSize: 3 };
/** Older effort question: 1 (very low effort) is best; the top box is 1–2. */
export const CES_5_LOWER_IS_BETTER: CesScale = { min: 1, max: 5, higherIsBetter: false, topBoxSize: 2 };
export const CES_5_HIGHER_IS_BETTER: CesScale = { min: 1, max: 5, higherIsBetter: true, topBoxSize: 2 };

export interface CesSummary {
  /** Mean of the raw answers on the source scale; null when none is valid. */
  average: number | null;
  /** Share (0..1) of answers in the top box; null when none is valid. */
  topBoxShare: number | null;
  /** The top box as an inclusive range of raw answers. */
  topBox: [number, number];
  higherIsBetter: boolean;
  n: number;
  /** Answers skipped as NaN or outside the scale. */
  invalid: number;
}

export function cesTopBox(scale: CesScale): [number, number] {
  return scale.higherIsBetter
    ? [scale.max - scale.topBoxSize + 1, scale.max]
    : [scale.min, scale.min + scale.topBoxSize - 1];
}

export function summarizeCes(values: Iterable<number>, scale: CesScale = CES_7): CesSummary {
  const [lo, hi] = cesTopBox(scale);
  let n = 0;
  let sum = 0;
  let top = 0;
  let invalid = 0;
  for (const v of values) {
    if (!Number.isFinite(v) || v < scale.min || v > scale.max) {
      invalid++;
      continue;
    }
    n++;
    sum += v;
    if (v >= lo && v <= hi) top++;
  }
  return {
    average: n === 0 ? null : sum / n,
    topBoxShare: n === 0 ? null : top / n,
    topBox: [lo, hi],
    higherIsBetter: scale.higherIsBetter,
    n,
    invalid,
  };
}

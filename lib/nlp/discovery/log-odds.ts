/**
 * Weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008,
 * "Fightin' Words", eq. 22 and the variance that follows it):
 *   δ = log((yA + α) / (nA + α0 − yA − α)) − log((yB + α) / (nB + α0 − yB − α))
 *   σ² ≈ 1 / (yA + α) + 1 / (yB + α),  z = δ / σ
 * A positive z means the phrase is more typical of group A.
 */
export interface LogOddsInput {
  /** Count of the phrase in group A and in group B. */
  yA: number;
  yB: number;
  /** Total of all phrase counts in group A and in group B. */
  nA: number;
  nB: number;
  /** Prior count of the phrase, and the prior's total over all phrases. */
  alpha: number;
  alpha0: number;
}

export function logOddsZ({ yA, yB, nA, nB, alpha, alpha0 }: LogOddsInput): number {
  const delta = Math.log((yA + alpha) / (nA + alpha0 - yA - alpha)) - Math.log((yB + alpha) / (nB + alpha0 - yB - alpha));
  const variance = 1 / (yA + alpha) + 1 / (yB + alpha);
  return delta / Math.sqrt(variance);
}

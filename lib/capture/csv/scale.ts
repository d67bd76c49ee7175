import type { Column } from './header-rows';
import { explicitRange, headerWords, namesEffort, namesNps, namesStars } from './header-words';

export interface Scale {
  min: number;
  max: number;
}

/**
 * The scale of a score column, from its header and its values, first rule that applies:
 *   1. the header states a range ("(1-5)", "0 to 10", "1 tot 7") → that range;
 *   2. the header names NPS or recommending ("how likely … recommend", "hoe waarschijnlijk") → 0–10;
 *   3. the header names customer effort (CES, effort) and no value exceeds 7 → 1–7;
 *   4. some value is 0 or above 5 → 0–10;
 *   5. every value is within 1–5 and the header names stars or a rating → 1–5;
 *   6. otherwise → 0–10, because NPS is what these files are for; a 1–5 "Score" column
 *      without a telling header is read as a low 0–10 score, so say "rating" or "(1-5)".
 * Values outside the chosen scale are left unrated by the caller.
 */
export function detectScale(column: Column, values: number[]): Scale {
  const stated = column.labels.map(explicitRange).find((r) => r !== null);
  if (stated) return stated;
  const words = column.labels.map(headerWords);
  const named = (test: (w: string) => boolean): boolean => words.some(test);
  if (named(namesNps)) return { min: 0, max: 10 };
  // A loop, not Math.max(...values): spreading 100,000 arguments overflows the stack.
  let min = values.length ? Infinity : 0;
  let max = values.length ? -Infinity : 0;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (named(namesEffort) && max <= 7) return { min: 1, max: 7 };
  if (min <= 0 || max > 5) return { min: 0, max: 10 };
  if (named(namesStars)) return { min: 1, max: 5 };
  return { min: 0, max: 10 };
}

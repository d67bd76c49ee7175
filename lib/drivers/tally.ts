import type { DriverInput, SegmentCounts, ThemeCounts } from '../types';
import { withAncestors } from '../themes/ids';
import { addSegment, emptyCounts } from '../nps/summary';

export interface ThemeContribution {
  themeId: string;
  /**
   * The comment's sentiment for this theme: the mean of its mentions of the theme and of
   * its children, so each comment weighs once in a parent's mean sentiment, as it counts
   * once in the parent's mentions.
   */
  sentiment: number;
}

/**
 * What one comment adds to each theme's aggregate: every theme it mentions and every
 * ancestor of those, once. `ancestors` memoises `withAncestors` across many comments.
 */
export function themeContributions(
  input: DriverInput,
  ancestors: (themeId: string) => string[] = withAncestors,
): ThemeContribution[] {
  if (input.themes.length === 0) return [];
  const sums = new Map<string, { sum: number; n: number }>();
  for (const { themeId, sentiment } of input.themes) {
    for (const id of ancestors(themeId)) {
      const s = sums.get(id);
      if (s) {
        s.sum += sentiment;
        s.n++;
      } else sums.set(id, { sum: sentiment, n: 1 });
    }
  }
  return [...sums].map(([themeId, s]) => ({ themeId, sentiment: s.sum / s.n }));
}

/**
 * Adds (delta 1) or removes (delta −1) a comment's contributions to per-theme aggregates,
 * in place: the same update the database makes when it stores or re-analyses a comment.
 */
export function applyContributions(
  byTheme: Map<string, ThemeCounts>,
  segment: DriverInput['segment'],
  contributions: readonly ThemeContribution[],
  delta: number,
): void {
  for (const { themeId, sentiment } of contributions) {
    let t = byTheme.get(themeId);
    if (!t) byTheme.set(themeId, (t = { themeId, ...emptyCounts(), sentimentSum: 0, sentimentN: 0 }));
    addSegment(t, segment, delta);
    if (Number.isFinite(sentiment)) {
      t.sentimentSum += delta * sentiment;
      t.sentimentN += delta;
    }
  }
}

/**
 * Overall segment counts and per-theme aggregates of a batch of tagged comments: the same
 * sums as themeContributions + applyContributions, but over reused scratch arrays, since
 * 100,000 comments must summarise in a few tens of milliseconds (a comment has few themes,
 * so a linear scan beats a Map).
 */
export function tallyDrivers(inputs: Iterable<DriverInput>): { overall: SegmentCounts; themes: ThemeCounts[] } {
  const overall = emptyCounts();
  const byTheme = new Map<string, ThemeCounts>();
  const cache = new Map<string, string[]>();
  const ids: string[] = [];
  const sums: number[] = [];
  const counts: number[] = [];
  for (const input of inputs) {
    addSegment(overall, input.segment, 1);
    const themes = input.themes;
    if (themes.length === 0) continue;
    let k = 0;
    for (let i = 0; i < themes.length; i++) {
      const { themeId, sentiment } = themes[i]!;
      let chain = cache.get(themeId);
      if (!chain) cache.set(themeId, (chain = withAncestors(themeId)));
      for (const id of chain) {
        let j = 0;
        while (j < k && ids[j] !== id) j++;
        if (j === k) {
          ids[k] = id;
          sums[k] = sentiment;
          counts[k] = 1;
          k++;
        } else {
          sums[j]! += sentiment;
          counts[j]!++;
        }
      }
    }
    for (let j = 0; j < k; j++) {
      const themeId = ids[j]!;
      let t = byTheme.get(themeId);
      if (!t) byTheme.set(themeId, (t = { themeId, ...emptyCounts(), sentimentSum: 0, sentimentN: 0 }));
      addSegment(t, input.segment, 1);
      const sentiment = sums[j]! / counts[j]!;
      if (Number.isFinite(sentiment)) {
        t.sentimentSum += sentiment;
        t.sentimentN += 1;
      }
    }
  }
  return { overall, themes: [...byTheme.values()] };
}

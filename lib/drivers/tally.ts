import type { DriverInput, SegmentCounts, ThemeCounts } from '../types';
import { withAncestors } from '../themes/ids';
import { addSegment, emptyCounts } from '../nps/summary';

/**
 * Overall segment counts and per-theme aggregates of a batch of tagged comments: the same
 * sums the database keeps (each comment counts once for a theme and each of its ancestors,
with the mean sentiment of its mentions under it), over reused scratch arrays, since
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

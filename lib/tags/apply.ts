import type { CommentAnalysis, Sentiment, SentimentLabel } from '../types';
import type { EffectiveAnalysis, EffectiveThemeHit, Tags } from './types';

/**
 * The score an override stands for when the engine's score disagrees with the chosen
 * label: halfway to the end of the scale, so means over many comments move the way the
 * agent said without one correction outweighing a strongly worded comment.
 */
export const OVERRIDE_SCORE: Record<SentimentLabel, number> = { positive: 0.5, neutral: 0, negative: -0.5 };

function overridden(automatic: Sentiment, label: SentimentLabel): Sentiment {
  // The engine's score is kept when it already carries the chosen label: it is finer.
  if (automatic.label === label) return automatic;
  return { score: OVERRIDE_SCORE[label], label };
}

function isRemoved(themeId: string, removed: readonly string[]): boolean {
  return removed.some((r) => themeId === r || themeId.startsWith(`${r}.`));
}

/**
 * Manual corrections always win:
 * - removed themes (and their children) disappear from the automatic ones;
 * - added themes appear, after removals, so an added theme shows even under a removed parent;
 *   they have no clause of their own, so they carry the comment's (effective) sentiment;
 * - a sentiment override replaces the comment's sentiment, and the sentiment of every theme
 *   without clause evidence of its own; a theme the engine found in a clause keeps that
 *   clause's sentiment, which is more specific than the comment's.
 */
export function applyCorrections(analysis: CommentAnalysis, tags: Tags | undefined | null): EffectiveAnalysis {
  const automaticSentiment = analysis.sentiment;
  const sentiment = tags?.sentimentOverride ? overridden(automaticSentiment, tags.sentimentOverride) : automaticSentiment;
  const removed = tags?.removedThemes ?? [];
  const themes: EffectiveThemeHit[] = [];
  for (const hit of analysis.themes) {
    if (isRemoved(hit.themeId, removed)) continue;
    const ownSentiment = hit.evidence.length > 0 ? hit.sentiment : sentiment;
    themes.push({ ...hit, sentiment: ownSentiment, manual: false });
  }
  for (const added of tags?.addedThemes ?? []) {
    if (themes.some((t) => t.themeId === added.themeId)) continue;
    themes.push({ themeId: added.themeId, label: added.label, sentiment, evidence: [], manual: true });
  }
  return {
    ...analysis,
    sentiment,
    themes,
    automaticSentiment,
    sentimentOverridden: tags?.sentimentOverride !== undefined,
  };
}

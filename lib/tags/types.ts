import type { CommentAnalysis, SentimentLabel, Sentiment, ThemeHit } from '../types';

export type FollowUpState = 'open' | 'done';

export interface FollowUp {
  state: FollowUpState;
  note?: string;
  /** ms since the epoch */
  updatedAt: number;
}

/**
 * An agent's corrections to one comment. Kept apart from the automatic analysis so a
 * re-analysis (new taxonomy, new engine) never loses them: they are merged again on read.
 */
export interface Tags {
  commentId: string;
  addedThemes: { themeId: string; label: string }[];
  /** A removed theme also removes its children (ids that start with it and a dot). */
  removedThemes: string[];
  sentimentOverride?: SentimentLabel;
  followUp?: FollowUp;
  /** ms since the epoch */
  updatedAt: number;
}

export type TagChange =
  | { kind: 'add-theme'; themeId: string; label: string }
  | { kind: 'remove-theme'; themeId: string }
  /** null clears the override: the automatic sentiment shows again. */
  | { kind: 'set-sentiment'; label: SentimentLabel | null }
  | { kind: 'set-follow-up'; state: FollowUpState; note?: string }
  | { kind: 'clear-follow-up' };

export interface EffectiveThemeHit extends ThemeHit {
  /** True when an agent added the theme by hand. */
  manual: boolean;
}

/** An analysis with the agent's corrections applied: what every view and aggregate uses. */
export interface EffectiveAnalysis extends Omit<CommentAnalysis, 'themes'> {
  themes: EffectiveThemeHit[];
  /** The engine's own comment sentiment, kept so a view can show what was overridden. */
  automaticSentiment: Sentiment;
  sentimentOverridden: boolean;
}

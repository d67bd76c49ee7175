import type { CommentAnalysis, Rating, Segment, ThemeCounts } from '../types';
import type { Tags } from '../tags/types';

export type CommentStatus = 'pending' | 'done' | 'error';
export type QueuedStatus = Exclude<CommentStatus, 'done'>;

/** One captured page. */
export interface SourceRecord {
  /** sourceId(url): stable over fragments and tracking parameters. */
  id: string;
  url: string;
  site: string;
  title: string;
  /** ms since the epoch */
  firstCapturedAt: number;
  lastCapturedAt: number;
}

export interface CommentRecord {
  /** commentId(captured) */
  id: string;
  /** The source the comment was first captured from. */
  sourceId: string;
  /** Capture route: adapter id, 'jsonld', 'generic', 'csv'… */
  site: string;
  /** Page host without "www." (or site:file for files): the 'site:' scope. */
  host: string;
  url: string;
  externalId: string | null;
  author: string | null;
  date: string | null;
  title: string | null;
  text: string;
  /** As the source gave it; the 0–10 score below is derived by a documented rule. */
  rating: Rating | null;
  score: number | null;
  segment: Segment;
  /** From the analysis; null until analysed. */
  lang: string | null;
  status: CommentStatus;
  /** ms since the epoch */
  capturedAt: number;
  error?: string;
  /**
   * [status, capturedAt] while the comment waits in the comments table's queue (sent back to
   * be tagged again) or has failed; absent once tagged. Its index is the queue, oldest first,
   * and costs tagged comments, nearly all of them, no entry (see lib/db/status).
   */
  queued?: [QueuedStatus, number];
  /**
   * Themes the comment counts for with corrections applied, parents included (countedThemeIds);
   * a multi-entry index finds a theme's example comments without reading the others.
   * Absent until the comment has an analysis.
   */
  themeIds?: string[];
  /**
   * The latest automatic analysis, as the engine made it (corrections live in tags and are
   * applied when read). Kept in the comment's own record since schema v4: Chromium charges
   * for every record written, and a comment and its analysis are always written together.
   */
  analysis?: StoredAnalysis;
}

/** Freshly captured comments waiting to be tagged (lib/db/intake). */
export interface IntakeRecord {
  seq: number;
  /** comments.length, part of the key so that the queue's size is read from keys alone. */
  n: number;
  comments: CommentRecord[];
}

export interface StoredAnalysis extends CommentAnalysis {
  /** ms since the epoch */
  analyzedAt: number;
}

/** An analysis with its comment's id: a row of the analyses table before v4, and of backups. */
export interface AnalysisRecord extends StoredAnalysis {
  commentId: string;
}

export type TagsRecord = Tags;

export type ThemeOrigin = 'built-in' | 'user' | 'discovered';

export interface ThemeRecord {
  id: string;
  label: string;
  terms: string[] | Record<string, string[]>;
  parent?: string;
  color: string;
  origin: ThemeOrigin;
}

/**
 * Scope is 'all', 'site:<host>' or 'source:<sourceId>'. themeId '*' is the scope's row of
 * every comment (segment counts, and comment-level sentiment of the analysed ones); any
 * other themeId counts the analysed comments that mention it.
 */
export interface AggregateRecord extends ThemeCounts {
  scope: string;
  /** '*' rows: rated comments whose score was mapped from another scale (stars), so the NPS is "NPS-like". */
  mapped?: number;
}

/** A capture recipe the user taught for one host; its fields belong to lib/capture. */
export interface RecipeRecord {
  host: string;
  [field: string]: unknown;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

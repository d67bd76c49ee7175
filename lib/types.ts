/**
 * The shared vocabulary of Verbatim. Every lib/ module, entry point and store speaks
 * these types; change them only with every user in view.
 */

export type Segment = 'promoter' | 'passive' | 'detractor' | 'unrated';
export type SentimentLabel = 'positive' | 'neutral' | 'negative';
export type Lang = 'en' | 'nl';

export interface Sentiment {
  /** −1..1 */
  score: number;
  label: SentimentLabel;
}

/** A rating exactly as the source gave it. */
export interface Rating {
  value: number;
  min: number;
  max: number;
}

/** Character offsets into the comment text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A comment as capture (page or CSV) produces it, before it is stored or tagged. */
export interface CapturedComment {
  text: string;
  title: string | null;
  author: string | null;
  /** ISO 8601 (date or date-time), null when unknown. */
  date: string | null;
  rating: Rating | null;
  /** The site's own id for the review, when the page has one. */
  externalId: string | null;
  /** Site adapter id, or 'jsonld' | 'microdata' | 'generic' | 'csv' | 'recipe'. */
  site: string;
  url: string;
}

export interface SentenceSentiment {
  text: string;
  start: number;
  end: number;
  sentiment: Sentiment;
}

export interface ThemeHit {
  themeId: string;
  label: string;
  /** Sentiment of the clause(s) that mention the theme. */
  sentiment: Sentiment;
  evidence: Span[];
}

export interface CommentAnalysis {
  lang: string;
  sentiment: Sentiment;
  sentences: SentenceSentiment[];
  themes: ThemeHit[];
  /** e.g. "verbatim-nlp/2 wink-eng-lite-web-model/1.8.1" */
  engine: string;
  /** "<taxonomy name>@<version>" */
  taxonomyVersion: string;
}

/** Taxonomy file format (DESIGN.md "Taxonomy file"). */
export interface TaxonomyTheme {
  id: string;
  label: string;
  /** Optional translated labels for the UI, keyed by language code. */
  labels?: Record<string, string>;
  terms: string[] | Record<string, string[]>;
  children?: TaxonomyTheme[];
  color?: string;
}

export interface Taxonomy {
  name: string;
  version: number;
  themes: TaxonomyTheme[];
  /** Optional: phrases that hide the terms inside them ("breath of fresh air" is not about freshness). */
  guards?: string[] | Record<string, string[]>;
  /** Optional: nouns that make a noun term right before them a modifier ("sushi place" names a kind of place, not the sushi). */
  heads?: string[] | Record<string, string[]>;
}

/** What the driver summary needs of one tagged comment. */
export interface DriverInput {
  segment: Segment;
  /** Theme ids the comment mentions (children as their own id), with the mention's sentiment score. */
  themes: { themeId: string; sentiment: number }[];
}

/** One row of the driver summary; the field names are the `analyze --json` contract. */
export interface DriverRow {
  theme: string;
  label: string;
  mentions: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** NPS of the comments that mention the theme (integer), null when none is rated. */
  nps: number | null;
  /** NPS(all) − NPS(all without this theme's comments), in points, unrounded. */
  impact: number;
  impactInterval: [number, number];
  /** Mean sentiment score of the theme's mentions. */
  sentiment: number;
  smallSample: boolean;
}

/** Comment counts by segment. */
export interface SegmentCounts {
  promoters: number;
  passives: number;
  detractors: number;
  unrated: number;
}

/**
 * Running aggregate for one theme in one scope: the comments that mention the theme
 * (a parent counts each comment of its children once), by segment, and the sum of the
 * theme mentions' sentiment scores. The database keeps these so no view reads every comment.
 */
export interface ThemeCounts extends SegmentCounts {
  themeId: string;
  sentimentSum: number;
  sentimentN: number;
}

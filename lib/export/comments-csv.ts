import type { Rating, Segment, Sentiment } from '../types';
import { roundTo } from './round';
import { toCsv, type CsvCell, type CsvOptions } from './csv';

/** What the comments export needs of a tagged comment; stored and CLI records both fit. */
export interface CommentExportItem {
  text: string;
  title?: string | null;
  author?: string | null;
  /** ISO 8601, written as given. */
  date?: string | null;
  rating?: Rating | null;
  score?: number | null;
  segment?: Segment;
  lang?: string | null;
  sentiment?: Sentiment | null;
  themes?: readonly { id: string; label: string }[];
  site?: string | null;
  url?: string | null;
}

/**
 * `Scale min` is there beside `Scale max` because a rating of 5 means different things on
 * 0–5 and 1–5, and the raw rating must survive the export.
 */
export const COMMENTS_CSV_HEADER = [
  'Date', 'Site', 'Author', 'Title', 'Text', 'Rating', 'Scale min', 'Scale max', 'Score',
  'Segment', 'Language', 'Sentiment', 'Sentiment score', 'Themes', 'URL',
] as const;

/** Joins theme labels with " | ", which needs no quoting under either delimiter. */
export const THEME_SEPARATOR = ' | ';

export function commentCsvRow(c: CommentExportItem): CsvCell[] {
  return [
    c.date, c.site, c.author, c.title, c.text,
    c.rating?.value, c.rating?.min, c.rating?.max,
    roundTo(c.score, 2), c.segment, c.lang,
    c.sentiment?.label, roundTo(c.sentiment?.score, 3),
    (c.themes ?? []).map((t) => t.label).join(THEME_SEPARATOR),
    c.url,
  ];
}

/** The tagged comments export, one row per comment in the given order. */
export function commentsCsv(items: Iterable<CommentExportItem>, opts: CsvOptions): string {
  const rows: CsvCell[][] = [[...COMMENTS_CSV_HEADER]];
  for (const c of items) rows.push(commentCsvRow(c));
  return toCsv(rows, opts);
}

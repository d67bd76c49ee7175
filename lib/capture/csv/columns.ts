import { InputError } from '../../errors';
import { parseIsoDate } from '../text';
import { isFreeText, isMissing, leadingNumber } from './cells';
import type { Column } from './header-rows';
import {
  datePriority, headerWords, idPriority, looksLikeAuthor, looksLikeMetadata, looksLikeScore, looksLikeText, looksLikeTitle,
  namesNps,
} from './header-words';

export interface Roles {
  text: Column;
  score: Column | null;
  date: Column | null;
  author: Column | null;
  id: Column | null;
  title: Column | null;
}

interface Stats {
  filled: number;
  numericShare: number;
  dateShare: number;
  freeShare: number;
  freeAvgLength: number;
}

function stats(rows: string[][], index: number): Stats {
  let filled = 0;
  let numeric = 0;
  let dates = 0;
  let free = 0;
  let freeLength = 0;
  for (const row of rows) {
    const cell = row[index];
    if (isMissing(cell)) continue;
    filled++;
    if (leadingNumber(cell) !== null) numeric++;
    if (parseIsoDate(cell) !== null) dates++;
    if (isFreeText(cell)) {
      free++;
      freeLength += cell.trim().length;
    }
  }
  const share = (n: number): number => (filled ? n / filled : 0);
  return { filled, numericShare: share(numeric), dateShare: share(dates), freeShare: share(free), freeAvgLength: free ? freeLength / free : 0 };
}

/** Up to 2,000 rows spread over the file: enough to judge a column, cheap on 100,000 rows. */
function sample(rows: string[][]): string[][] {
  if (rows.length <= 2000) return rows;
  const step = rows.length / 2000;
  return Array.from({ length: 2000 }, (_, i) => rows[Math.floor(i * step)]);
}

export function columnList(columns: Column[]): string {
  return columns.map((c) => c.name || '(blank)').join(', ');
}

function byName(columns: Column[], name: string, label: string, option: string): Column {
  const want = name.trim().toLowerCase();
  const found =
    columns.find((c) => c.name.toLowerCase() === want) ?? columns.find((c) => c.labels.some((l) => l.toLowerCase() === want));
  if (!found) throw new InputError(`${label} has no column "${name}" for ${option} (columns: ${columnList(columns)})`);
  return found;
}

function best<T>(items: T[], score: (t: T) => number): T | null {
  let winner: T | null = null;
  let top = 0;
  for (const item of items) {
    const s = score(item);
    if (s > top) [winner, top] = [item, s];
  }
  return winner;
}

/**
 * Give each column at most one role. Headers decide, checked against the cells: a "score"
 * column must hold numbers (so "What is the main reason for your score?" is not one), a date
 * column dates. Where no header names the comment, it is the column with the longest free
 * text. An e-mail column is never used as the author: no author is better than an address.
 */
export function assignRoles(
  columns: Column[],
  rows: string[][],
  label: string,
  opts: { textColumn?: string; scoreColumn?: string },
): Roles {
  const words = new Map(columns.map((c) => [c, c.labels.map(headerWords)]));
  const any = (c: Column, test: (w: string) => boolean): boolean => (words.get(c) ?? []).some(test);
  const sampled = sample(rows);
  const st = new Map(columns.map((c) => [c, stats(sampled, c.index)]));
  const s = (c: Column): Stats => st.get(c) as Stats;
  const used = new Set<Column>();
  const take = (c: Column | null): Column | null => {
    if (c) used.add(c);
    return c;
  };
  const free = (): Column[] => columns.filter((c) => !used.has(c));

  const textOverride = opts.textColumn ? take(byName(columns, opts.textColumn, label, '--text-column')) : null;
  const scoreOverride = opts.scoreColumn ? take(byName(columns, opts.scoreColumn, label, '--score-column')) : null;

  const id = take(best(free(), (c) => Math.max(...c.labels.map((l) => idPriority(l, headerWords(l))))));
  const date = take(best(free(), (c) => (s(c).filled && s(c).dateShare < 0.5 ? 0 : Math.max(...(words.get(c) ?? []).map(datePriority)))));
  const score =
    scoreOverride ??
    take(best(free(), (c) => {
      // An empty column may still be the score column its header names; one with numbers is surer.
      if (!any(c, looksLikeScore) || (s(c).filled > 0 && s(c).numericShare < 0.8)) return 0;
      return (any(c, namesNps) ? 4 : 2) + (s(c).filled > 0 ? 1 : 0);
    }));
  const title = take(best(free(), (c) => (any(c, looksLikeTitle) && s(c).numericShare < 0.5 ? 1 : 0)));
  const author = take(best(free(), (c) => (any(c, looksLikeAuthor) && s(c).numericShare < 0.5 && s(c).freeAvgLength <= 60 ? 1 : 0)));

  // Among the columns a header calls a comment, the wordiest; then any column of free text.
  const byHeader = best(free(), (c) => (any(c, looksLikeText) && (s(c).filled === 0 || s(c).freeShare >= 0.5) ? 1 + s(c).freeAvgLength : 0));
  const byContent = best(free(), (c) => (!any(c, looksLikeMetadata) && s(c).freeShare >= 0.5 ? s(c).freeAvgLength : 0));
  let text = textOverride ?? byHeader ?? byContent;
  let titleRole = title;
  // A file whose only prose is a "Summary" or "Subject" column: that column is the comment.
  if (!text && title) [text, titleRole] = [title, null];
  if (!text) throw new InputError(`${label} has no text column (columns: ${columnList(columns)}); use --text-column`);
  return { text, score, date, author, id, title: titleRole };
}

import type { ExtractedComment } from '../adapter';
import { elementText, externalIdOf, parseIsoDate } from './dom-helpers';
import { AUTHOR_HEADER, DATE_HEADER, ID_HEADER, SCORE_HEADER, TEXT_HEADER } from './headers';
import { parseNpsScore, parseRatingText } from './rating';

/**
 * Reads an HTML <table> or an ARIA grid/table where each row is one respondent or review.
 * Columns are found by header text AND by content: the score column's cells are integers
 * 0–10 (or "4/5" style ratings), the comment column is the one with the longest free text.
 */

export interface TableRow {
  row: Element;
  cells: (Element | null)[];
}

export interface TableShape {
  headers: string[];
  rows: TableRow[];
}

export interface TableColumns {
  score: number;
  text: number;
  date: number;
  author: number;
  id: number;
}

export const TABLE_SELECTOR = 'table, [role="grid"], [role="table"], [role="treegrid"]';
const ARIA_CELL = '[role="gridcell"], [role="cell"], [role="rowheader"], [role="columnheader"]';

/** Header and body rows of a table or grid, cells aligned by column index (colspan, aria-colindex). */
export function readTableShape(table: Element): TableShape {
  const isHtml = table.tagName === 'TABLE';
  const owner = (el: Element): Element | null => el.closest(TABLE_SELECTOR);
  const rows = Array.from(table.querySelectorAll(isHtml ? 'tr' : '[role="row"]')).filter((r) => owner(r) === table);
  let headers: string[] = [];
  const body: TableRow[] = [];
  for (const row of rows) {
    const cells = Array.from(row.querySelectorAll(isHtml ? 'th, td' : ARIA_CELL)).filter((c) => owner(c) === table && c.parentElement?.closest(isHtml ? 'tr' : '[role="row"]') === row);
    const isHeader = cells.length > 0 && cells.every((c) => c.tagName === 'TH' || c.getAttribute('role') === 'columnheader');
    const aligned: (Element | null)[] = [];
    for (const cell of cells) {
      const colIndex = Number(cell.getAttribute('aria-colindex'));
      if (colIndex > 0) aligned[colIndex - 1] = cell;
      else aligned.push(cell);
      const span = Number(cell.getAttribute('colspan') ?? '1');
      for (let i = 1; i < span && i < 20; i++) aligned.push(null);
    }
    if (isHeader && headers.length === 0) {
      headers = Array.from(aligned, (c) => (c ? elementText(c).replace(/\n/g, ' ') : ''));
    } else if (!isHeader && cells.length > 0) {
      body.push({ row, cells: Array.from(aligned, (c) => c ?? null) });
    }
  }
  return { headers, rows: body };
}

function cellText(cell: Element | null): string {
  return cell ? elementText(cell) : '';
}

function column(shape: TableShape, i: number): string[] {
  return shape.rows.map((r) => cellText(r.cells[i] ?? null));
}

/** True when the values are a running row number (1, 2, 3…), which also fit 0–10. */
function isRunningIndex(values: number[]): boolean {
  return values.length >= 2 && values.every((v, i) => i === 0 || v === values[i - 1] + 1);
}

function scoreColumnFits(values: string[]): boolean {
  const filled = values.filter((v) => v !== '');
  if (filled.length === 0) return false;
  const scores = filled.map(parseNpsScore);
  if (scores.filter((s) => s !== null).length / filled.length < 0.8) {
    return filled.filter((v) => parseRatingText(v) && /[/★☆]/u.test(v)).length / filled.length >= 0.8;
  }
  return !isRunningIndex(scores.filter((s): s is number => s !== null));
}

const avgLen = (values: string[]): number => values.reduce((n, v) => n + v.length, 0) / Math.max(1, values.length);
const mostly = (values: string[], test: (v: string) => boolean): boolean => {
  const filled = values.filter((v) => v !== '');
  return filled.length > 0 && filled.filter(test).length / filled.length >= 0.8;
};

export function detectColumns(shape: TableShape): TableColumns {
  const width = Math.max(shape.headers.length, ...shape.rows.map((r) => r.cells.length));
  const cols = Array.from({ length: width }, (_, i) => ({ header: shape.headers[i] ?? '', values: column(shape, i) }));
  const id = cols.findIndex((c) => ID_HEADER.test(c.header));
  const fits = cols.map((c, i) => i !== id && scoreColumnFits(c.values));
  let score = cols.findIndex((c, i) => fits[i] && SCORE_HEADER.test(c.header));
  if (score < 0) score = fits.indexOf(true);
  const date = cols.findIndex((c, i) => i !== score && (DATE_HEADER.test(c.header) || mostly(c.values, (v) => parseIsoDate(v) !== null)) && mostly(c.values, (v) => parseIsoDate(v) !== null || v.length < 30));
  const author = cols.findIndex((c, i) => i !== score && i !== id && AUTHOR_HEADER.test(c.header) && avgLen(c.values) < 60);
  let text = -1;
  let bestLen = 0;
  cols.forEach((c, i) => {
    if (i === score || i === date || i === id || i === author) return;
    if (mostly(c.values, (v) => /^[\d\s.,:%/-]+$/.test(v) || /^\S+@\S+$/.test(v))) return;
    // A header that says "comment" doubles the column's weight against long non-comment fields.
    const len = avgLen(c.values) * (TEXT_HEADER.test(c.header) ? 2 : 1);
    if (len > bestLen) {
      bestLen = len;
      text = i;
    }
  });
  return { score, text, date, author, id };
}

function scoreOf(raw: string): ExtractedComment['rating'] {
  const nps = parseNpsScore(raw);
  if (nps !== null) return { value: nps, min: 0, max: 10 };
  return raw ? parseRatingText(raw) : null;
}

/**
 * One comment per row with the score and the text of that same row. Rows with a score
 * and no text are kept (they count for NPS); rows with neither are skipped.
 */
export interface TableOptions {
  columns?: Partial<TableColumns>;
  /** For tools that print dates in their own format; ISO dates are always understood. */
  parseDate?: (raw: string) => string | null;
}

export function tableComments(table: Element, url: string, site: string, options: TableOptions = {}): ExtractedComment[] {
  const shape = readTableShape(table);
  const cols = { ...detectColumns(shape), ...options.columns };
  if (cols.text < 0 && cols.score < 0) return [];
  const out: ExtractedComment[] = [];
  for (const { row, cells } of shape.rows) {
    const get = (i: number): string => (i >= 0 ? cellText(cells[i] ?? null) : '');
    const text = get(cols.text);
    const dateCell = cols.date >= 0 ? cells[cols.date] : null;
    const rawDate = dateCell?.querySelector('time[datetime]')?.getAttribute('datetime') ?? get(cols.date);
    const date = parseIsoDate(rawDate) ?? options.parseDate?.(rawDate) ?? null;
    const rating = scoreOf(get(cols.score));
    if (!text && !rating) continue;
    out.push({
      text,
      title: null,
      author: get(cols.author) || null,
      date,
      rating,
      externalId: get(cols.id) || externalIdOf(row),
      site,
      url,
      element: row,
    });
  }
  return out;
}

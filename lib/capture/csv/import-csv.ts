import Papa from 'papaparse';
import { InputError } from '../../errors';
import type { CapturedComment } from '../../types';
import { cleanText, parseIsoDate } from '../text';
import { isMissing, leadingNumber } from './cells';
import { assignRoles } from './columns';
import { decodeCsv } from './decode';
import { detectDelimiter } from './delimiter';
import { readHeader } from './header-rows';
import { headerWords } from './header-words';
import { detectScale, type Scale } from './scale';

export interface CsvImportOptions {
  textColumn?: string;
  scoreColumn?: string;
  fileName?: string;
}

export interface CsvImport {
  comments: CapturedComment[];
  columns: { text: string; score: string | null; date: string | null; author: string | null; id: string | null; title: string | null };
  delimiter: string;
  encoding: string;
  scale: Scale | null;
  warnings: string[];
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/**
 * How to read "05/03/2024": day-first when some cell's first part is above 12, month-first
 * when some cell's second part is. When every cell is ambiguous: month-first for slashed
 * dates in a ',' file (SurveyMonkey, and Google Forms and Typeform in US locales, write
 * 03/05/2024), day-first otherwise (a ';' file is a European spreadsheet, and "5-3-2024"
 * or "05.03.2024" is European).
 */
function dayFirstFor(cells: string[], delimiter: string): boolean {
  let slashed = false;
  for (const c of cells) {
    const m = /^\s*(\d{1,2})([/.-])(\d{1,2})\2\d{4}/.exec(c);
    if (!m) continue;
    if (Number(m[1]) > 12) return true;
    if (Number(m[3]) > 12) return false;
    if (m[2] === '/') slashed = true;
  }
  return !(slashed && delimiter !== ';');
}

/**
 * A survey-tool or spreadsheet export as comments (DESIGN.md "The command line"). Every row
 * with a comment or a score becomes one comment, in file order: a score without a comment
 * is still a response and must count in NPS, so it is kept with text "". Rows with neither
 * are skipped and counted in a warning.
 */
export function importCsv(input: Uint8Array | string, opts: CsvImportOptions = {}): CsvImport {
  const label = opts.fileName ?? 'The CSV file';
  const decoded = decodeCsv(input, label);
  const { encoding } = decoded;
  let text = decoded.text;
  // Excel writes and honours a first line "sep=;" that names the delimiter.
  const sep = /^sep=([,;\t|])[ \t]*\r?\n/i.exec(text);
  if (sep) text = text.slice(sep[0].length);
  // Blank lines and rows of empty cells (",,,") hold nothing either.
  if (!/[^\s,;"']/.test(text)) throw new InputError(`${label} is empty`);
  const delimiter = sep ? sep[1] : detectDelimiter(text, opts.fileName);
  const { data: parsed, errors } = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy' });
  if (!parsed.length) throw new InputError(`${label} is empty`);
  const header = readHeader(parsed);
  const rows = parsed.slice(header.rows);
  if (!rows.length) throw new InputError(`${label} has a header but no rows`);

  const roles = assignRoles(header.columns, rows, label, opts);
  const warnings: string[] = [];
  const quote = errors.find((e) => e.type === 'Quotes');
  if (quote) {
    warnings.push(`An opening quote is never closed (row ${(quote.row ?? 0) + 1}); the rest of the file may have been read as one cell`);
  }
  const utcDates = roles.date ? roles.date.labels.some((l) => headerWords(l).includes(' utc ')) : false;
  const dateColumn = roles.date;
  const dayFirst = dateColumn ? dayFirstFor(rows.map((r) => r[dateColumn.index] ?? ''), delimiter) : true;

  const scores = rows.map((r) => (roles.score && !isMissing(r[roles.score.index]) ? leadingNumber(r[roles.score.index]) : null));
  const scale = roles.score ? detectScale(roles.score, scores.filter((v): v is number => v !== null)) : null;
  if (!roles.score) warnings.push('No score column found: every comment is unrated');

  const url = opts.fileName ? `file:${opts.fileName}` : '';
  const comments: CapturedComment[] = [];
  let skipped = 0;
  let unreadable = 0;
  let outOfRange = 0;
  let badDates = 0;
  rows.forEach((row, i) => {
    const cell = (col: typeof roles.id): string | null => (col && !isMissing(row[col.index]) ? cleanText(row[col.index]) : null);
    let rating: CapturedComment['rating'] = null;
    if (roles.score && scale && !isMissing(row[roles.score.index])) {
      const v = scores[i];
      if (v === null) unreadable++;
      else if (v < scale.min || v > scale.max) outOfRange++;
      else rating = { value: v, min: scale.min, max: scale.max };
    }
    const body = cell(roles.text) ?? '';
    if (!body && !rating) {
      skipped++;
      return;
    }
    const rawDate = cell(roles.date);
    let date = rawDate ? parseIsoDate(rawDate, { dayFirst }) : null;
    if (rawDate && !date) badDates++;
    // "Submit Date (UTC)" values carry no zone of their own; the header supplies it.
    if (date && utcDates && date.length === 19) date = `${date}.000Z`;
    // Without an id column a row is known by its place in the file: the same file imported
    // twice merges, and two rows alike in text and date (two bare "9"s) stay two responses.
    const externalId = cell(roles.id) ?? `row:${i + 1}`;
    comments.push({ text: body, title: cell(roles.title), author: cell(roles.author), date, rating, externalId, site: 'csv', url });
  });

  if (skipped) warnings.push(`${count(skipped, 'row', 'rows')} without a comment or a score ${skipped === 1 ? 'was' : 'were'} skipped`);
  if (unreadable) warnings.push(`${count(unreadable, 'score', 'scores')} could not be read as a number and ${unreadable === 1 ? 'was' : 'were'} left unrated`);
  if (outOfRange && scale) {
    warnings.push(`${count(outOfRange, 'score was', 'scores were')} outside the ${scale.min}–${scale.max} scale and left unrated`);
  }
  if (badDates) warnings.push(`${count(badDates, 'date', 'dates')} could not be read and ${badDates === 1 ? 'was' : 'were'} left empty`);

  const name = (c: typeof roles.id): string | null => (c ? c.name : null);
  return {
    comments,
    columns: { text: roles.text.name, score: name(roles.score), date: name(roles.date), author: name(roles.author), id: name(roles.id), title: name(roles.title) },
    delimiter,
    encoding,
    scale,
    warnings,
  };
}

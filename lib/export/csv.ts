export type CsvDelimiter = ',' | ';';
export type CsvCell = string | number | boolean | null | undefined;

export interface CsvOptions {
  delimiter: CsvDelimiter;
}

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"),
 * plus the full-width forms some spreadsheets fold into them.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * The delimiter Excel expects for a locale: ';' where the decimal separator is a comma
 * (nl, de, fr, es, it…), since there ',' is taken by numbers; ',' otherwise.
 */
export function delimiterForLocale(locale: string | undefined): CsvDelimiter {
  try {
    const parts = new Intl.NumberFormat(locale?.replace(/_/g, '-')).formatToParts(1.5);
    return parts.find((p) => p.type === 'decimal')?.value === ',' ? ';' : ',';
  } catch {
    // Not a locale tag at all: the delimiter Excel reads by default.
    return ',';
  }
}

/**
 * Text is neutralised with a leading `'` when it would start a formula: a comment
 * "=HYPERLINK(…)" or "-cmd" must stay text. Only strings are: a number value −12 stays a
 * number. In ';' mode numbers use a decimal comma so Dutch, German… Excel reads them as
 * numbers; in ',' mode they keep the '.'. Non-finite numbers, null and undefined are empty.
 */
export function csvCell(value: CsvCell, delimiter: CsvDelimiter): string {
  if (value == null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const s = String(value);
    return delimiter === ';' ? s.replace('.', ',') : s;
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return quote(text, delimiter);
}

/** RFC 4180: quote a cell holding the delimiter, a quote, CR or LF; double inner quotes. */
function quote(text: string, delimiter: CsvDelimiter): string {
  if (text.includes(delimiter) || /["\r\n]/.test(text)) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** A CSV document: UTF-8 BOM (so Excel reads the accents), CRLF after every row. */
export function toCsv(rows: readonly (readonly CsvCell[])[], opts: CsvOptions): string {
  const { delimiter } = opts;
  let out = BOM;
  for (const row of rows) out += row.map((c) => csvCell(c, delimiter)).join(delimiter) + CRLF;
  return out;
}

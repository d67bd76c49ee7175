import { cleanText, parseIsoDate, parseNumber } from '../text';

const MISSING = new Set(['', 'na', 'n/a', 'null', '-', 'nan', '#n/a']);

/** An empty cell, NA, N/A, null or - (the spellings of R, Excel, pandas and SQL exports). */
export function isMissing(cell: string | undefined): boolean {
  return cell === undefined || MISSING.has(cleanText(cell).toLowerCase());
}

/**
 * The number a score cell starts with: "9", "4,5", "9 - Extremely likely", "10 (zeer waarschijnlijk)".
 * Null when the cell does not start with one.
 */
export function leadingNumber(cell: string): number | null {
  const m = /^\s*([+-]?\d+(?:[.,]\d+)?)(?=$|[\s\-–(/:.)])/.exec(cell);
  return m ? parseNumber(m[1]) : null;
}

/**
 * A cell a person wrote in their own words: not a number, a date, a URL, an e-mail address,
 * or a JSON blob. The column with the longest such cells is the comment when no header says so.
 */
export function isFreeText(cell: string): boolean {
  const t = cleanText(cell);
  if (!t || parseNumber(t) !== null || (leadingNumber(t) !== null && t.length < 4)) return false;
  if (/^(https?:\/\/|www\.)\S*$/i.test(t) || /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(t) || /^[{[]/.test(t)) return false;
  if (/^(true|false|yes|no|ja|nee)$/i.test(t)) return false;
  return parseIsoDate(t) === null;
}

/**
 * Normalisation shared by every capture path (pages, surveys, CSV): text, dates and
 * numbers arrive in whatever shape the source chose, and all of them must leave capture
 * in one shape.
 */

// Zero-width space/joiners, word joiner, BOM and soft hyphen: invisible, but they break
// dedup and matching when left in.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** Collapse all whitespace (including NBSP and newlines) to single spaces, trim, drop invisible chars. */
export function cleanText(s: string | null | undefined): string {
  if (s == null) return '';
  // Most text is already clean (capture tidies it, then finish() asks again): one scan
  // proves it, where the replacements would each scan and the trim copy.
  if (s.charCodeAt(0) !== 32 && s.charCodeAt(s.length - 1) !== 32 && !UNCLEAN.test(s)) return s;
  // Runs of two or more and blanks other than a plain space: a lone space is already clean,
  // and prose is mostly lone spaces.
  return s.replace(INVISIBLE, '').replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

// What cleanText would change inside a string that does not start or end with a space:
// a blank other than a plain space (\s less the space, spelt out as one class, which
// scans twice as fast as [^\S ]), an invisible character, or two spaces.
const UNCLEAN = /[\t-\r\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff\u00ad]|  /;

/**
 * Parse a number as people write it: "4.5", "4,5", " 9 ", "1.234,5", "1,234.5".
 * Returns null when the string holds no number.
 */
export function parseNumber(s: string | number | null | undefined): number | null {
  if (s == null) return null;
  if (typeof s === 'number') return Number.isFinite(s) ? s : null;
  let t = cleanText(s).replace(/\s/g, '');
  if (!/^[+-]?(\d[\d.,]*|[.,]\d+)$/.test(t)) return null;
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // Whichever separator comes last is the decimal one; the other groups thousands.
    t = lastComma > lastDot ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  } else if (lastComma >= 0) {
    // "1,234" with several groups of three is a thousands separator; otherwise a decimal comma.
    t = /^[+-]?\d{1,3}(,\d{3}){2,}$/.test(t) ? t.replace(/,/g, '') : t.replace(',', '.');
  }
  if ((t.match(/\./g) ?? []).length > 1) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  // English, Dutch, German, French, Spanish: the languages of our users' review pages.
  ['january', 'jan', 'januari', 'januar', 'janvier', 'janv', 'enero', 'ene', 'jän'],
  ['february', 'feb', 'februari', 'februar', 'février', 'fevrier', 'févr', 'fevr', 'febrero'],
  ['march', 'mar', 'maart', 'mrt', 'märz', 'marz', 'mars', 'marzo'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr'],
  ['may', 'mei', 'mai', 'mayo'],
  ['june', 'jun', 'juni', 'juin', 'junio'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio'],
  ['august', 'aug', 'augustus', 'août', 'aout', 'agosto', 'ago'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre'],
  ['november', 'nov', 'novembre', 'noviembre'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'diciembre', 'dic'],
];
MONTH_NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isoDay(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  // Month lengths by arithmetic: a Date per parsed date shows on pages of thousands of reviews.
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : MONTH_DAYS[m - 1];
  if (d > days) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[w] ?? null;
}

function withTime(day: string, h: string, min: string, sec: string | undefined): string {
  const H = Number(h);
  const M = Number(min);
  const S = sec === undefined ? 0 : Number(sec);
  if (H > 23 || M > 59 || S > 59) return day;
  return `${day}T${pad(H)}:${pad(M)}:${pad(S)}`;
}

function hour24(h: string, ampm: string | undefined): string {
  if (!ampm) return h;
  return String((Number(h) % 12) + (ampm.toLowerCase() === 'pm' ? 12 : 0));
}

/** "Z", "UTC", "GMT+1", "+0100", "-05:00" as an ISO offset; null when there is no zone. */
function isoZone(z: string | undefined): string | null {
  if (!z) return null;
  const m = /^(?:Z|UTC|GMT)?(?:([+-])(\d{1,2}):?(\d{2})?)?$/i.exec(z);
  if (!m) return null;
  return m[1] ? `${m[1]}${pad(Number(m[2]))}:${m[3] ?? '00'}` : 'Z';
}

/** Wall time as written when there is no zone; otherwise the instant, in UTC. */
function dateTime(day: string, h: string, min: string, sec: string | undefined, zone: string | undefined): string | null {
  const local = withTime(day, h, min, sec);
  const offset = isoZone(zone);
  if (!offset || local === day) return local;
  const d = new Date(`${local}${offset}`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export interface ParseDateOptions {
  /** How to read "05/03/2024" when nothing says otherwise; default day-first (European). */
  dayFirst?: boolean;
}

/**
 * Parse the date formats review pages and survey exports use into ISO 8601:
 * "2025-03-12", "2025-03-12T10:00:00Z", "2024-03-05 14:22:01", RFC 2822,
 * "12 March 2025", "March 12, 2025", "12 maart 2025", "12.03.2025", "05/03/2024".
 * A date with a time zone becomes a UTC date-time; without one, the local wall time is kept
 * as written (no zone suffix). Unknown or impossible dates give null.
 */
export function parseIsoDate(s: string | null | undefined, opts: ParseDateOptions = {}): string | null {
  if (!s) return null;
  // A page of reviews repeats a few hundred dates thousands of times.
  const parsed = opts.dayFirst === false ? monthFirstDates : dayFirstDates;
  const known = parsed.get(s);
  if (known !== undefined) return known;
  if (parsed.size >= 2000) parsed.clear();
  const date = parseDate(s, opts);
  parsed.set(s, date);
  return date;
}

const dayFirstDates = new Map<string, string | null>();
const monthFirstDates = new Map<string, string | null>();

function parseDate(s: string, opts: ParseDateOptions): string | null {
  const t = cleanText(s);
  if (!t) return null;
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(am|pm)?\s*(Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?)?)?$/i.exec(t);
  if (m) {
    const day = isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
    if (!day || m[4] === undefined) return day;
    return dateTime(day, hour24(m[4], m[7]), m[5], m[6], m[8]);
  }
  // Numeric d/m/y or m/d/y, with / . or - separators and an optional time.
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?\s*(Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?)?)?$/i.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    // An unambiguous part wins; otherwise the caller's convention (default day-first).
    // Nobody writes month.day.year with dots, so dotted dates are always day-first.
    const dayFirst = a > 12 ? true : b > 12 ? false : t.includes('.') || opts.dayFirst !== false;
    const day = dayFirst ? isoDay(Number(m[3]), b, a) : isoDay(Number(m[3]), a, b);
    if (!day || m[4] === undefined) return day;
    return dateTime(day, hour24(m[4], m[7]), m[5], m[6], m[8]);
  }
  // "12 March 2025", "12 maart 2025", "Wed, 12 Mar 2025 10:00:00 GMT", "1er janvier 2025", "12. März 2025"
  m = /^(?:[a-zà-ü]+\.?,?\s+)?(\d{1,2})(?:er|st|nd|rd|th|\.)?\s+(?:de\s+)?([a-zà-ü]+\.?)\s+(?:de\s+)?(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|GMT|UTC|[+-]\d{4})?)?$/i.exec(t);
  if (m) {
    const month = monthOf(m[2]);
    if (!month) return null;
    const day = isoDay(Number(m[3]), month, Number(m[1]));
    if (!day || m[4] === undefined) return day;
    return dateTime(day, m[4], m[5], m[6], m[7]);
  }
  // "March 12, 2025", "Mar 12 2025"
  m = /^(?:[a-z]+,?\s+)?([a-zà-ü]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(t);
  if (m) {
    const month = monthOf(m[1]);
    return month ? isoDay(Number(m[3]), month, Number(m[2])) : null;
  }
  // "March 2025" has no day: not a date we can place.
  return null;
}

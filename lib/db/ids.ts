import type { CapturedComment } from '../types';
import { stableHash } from './hash';

/** Query parameters that only say how the visitor arrived, never which page it is. */
const TRACKING = /^(utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|_ga|_gl|igshid|ref_src|spm)$/i;

/** Lower-case host name without a leading "www.", or '' for URLs without a host (files). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The page address that identifies a source: no fragment, no tracking parameters, sorted query. */
export function normaliseUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url.trim();
  }
  u.hash = '';
  u.hostname = u.hostname.toLowerCase().replace(/^www\./, '');
  const kept = [...u.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = new URLSearchParams(kept).toString();
  return u.toString();
}

export function sourceId(url: string): string {
  return stableHash(`source\u0000${normaliseUrl(url)}`);
}

function normaliseText(s: string | null): string {
  return (s ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Where a comment lives, for its id. The page host, not the capture route: a Trustpilot
 * review read from JSON-LD (site 'jsonld') and from the Trustpilot adapter is one review.
 * Comments without a web host (a CSV file) are keyed by their site and file name, so two
 * survey exports that both number their rows 1, 2, 3 do not merge.
 */
export function commentHome(c: Pick<CapturedComment, 'site' | 'url'>): string {
  const host = hostOf(c.url);
  if (host !== '') return host;
  return `${c.site}:${c.url.trim()}`;
}

/**
 * A stable id for one real comment: (home, external id) when the site gives one, else
 * (home, normalised text, author, day). Text is lower-cased with whitespace collapsed, so
 * re-rendered markup does not matter; only the day of the date counts, because one route
 * may give "2024-03-01" and another "2024-03-01T10:00:00Z" for the same review.
 * Two capture routes meet on one id only if both give the external id, or neither does.
 */
export function commentId(c: CapturedComment): string {
  const home = commentHome(c);
  const ext = c.externalId?.trim();
  if (ext) return stableHash(`ext\u0000${home}\u0000${ext}`);
  const day = (c.date ?? '').trim().slice(0, 10);
  return stableHash(`text\u0000${home}\u0000${normaliseText(c.text)}\u0000${normaliseText(c.author)}\u0000${day}`);
}

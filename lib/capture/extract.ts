import type { ExtractedComment, SiteAdapter } from './adapter';
import { detectRepeatedBlocks } from './generic/detect';
import { withDomMemo } from './generic/dom-memo';
import { siteAdapters } from './sites/index';
import { extractJsonLd, extractMicrodata } from './structured/index';
import { surveyAdapters } from './surveys/index';
import { cleanText } from './text';

export type ExtractMethod = 'jsonld' | 'microdata' | 'site' | 'survey' | 'generic' | 'none';

export interface ExtractResult {
  comments: ExtractedComment[];
  method: ExtractMethod;
  /** Id of the site or survey adapter that matched the page, when one did. */
  adapter?: string;
  warnings: string[];
}

/** More than this from one page is almost certainly a detector gone wrong, and would stall the UI. */
export const MAX_COMMENTS = 20_000;

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** The site or survey adapter that understands `url`, site adapters first. */
export function findAdapter(url: URL): { adapter: SiteAdapter<string>; kind: 'site' | 'survey' } | null {
  const site = Object.values(siteAdapters).find((a) => a.matches(url));
  if (site) return { adapter: site, kind: 'site' };
  const survey = Object.values(surveyAdapters).find((a) => a.matches(url));
  return survey ? { adapter: survey, kind: 'survey' } : null;
}

function runAdapter(adapter: SiteAdapter<string>, doc: Document, url: string, warnings: string[]): ExtractedComment[] {
  try {
    return adapter.extract(doc, url);
  } catch (e) {
    // A site redesign must not cost the user the structured data or the generic detector.
    warnings.push(`The ${adapter.label} reader failed on this page (${e instanceof Error ? e.message : String(e)})`);
    return [];
  }
}

/** Keys a comment that finish() has already tidied (its text is clean). */
function dedupKey(c: ExtractedComment): string {
  return c.externalId
    ? `id:${c.externalId}`
    : `tx:${c.text.toLowerCase()}\u0000${(c.author ?? '').toLowerCase()}\u0000${c.date ?? ''}`;
}

interface Finished {
  comments: ExtractedComment[];
  warnings: string[];
}

/**
 * What every capture path owes the store: tidy text, no empty reviews, no duplicates,
 * no impossible ratings, and a bounded count.
 */
function finish(raw: ExtractedComment[]): Finished {
  const warnings: string[] = [];
  const seen = new Set<string>();
  const out: ExtractedComment[] = [];
  let empty = 0;
  let badRatings = 0;
  for (let index = 0; index < raw.length; index++) {
    const c = raw[index];
    const text = cleanText(c.text);
    const title = cleanText(c.title) || null;
    let rating = c.rating;
    if (rating) {
      const { value, min, max } = rating;
      if (![value, min, max].every(Number.isFinite) || min >= max || value < min || value > max) {
        badRatings++;
        rating = null;
      }
    }
    // A score without words is still a response and counts for NPS; with neither, nothing is there.
    if (!text && !title && !rating) {
      empty++;
      continue;
    }
    // A wordless response without the site's own id is known by its place on the page, so two
    // bare scores of the same day stay two responses.
    const externalId = c.externalId ?? (!text && !title ? `position:${index}` : null);
    const comment: ExtractedComment = { ...c, text, title, author: cleanText(c.author) || null, rating, externalId };
    const key = dedupKey(comment);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(comment);
  }
  if (empty) warnings.push(`${plural(empty, 'review', 'reviews')} without text ${empty === 1 ? 'was' : 'were'} skipped`);
  if (badRatings) warnings.push(`${plural(badRatings, 'rating was', 'ratings were')} out of range and left unrated`);
  if (out.length > MAX_COMMENTS) {
    warnings.push(`Kept the first ${MAX_COMMENTS.toLocaleString('en-US')} of ${out.length.toLocaleString('en-US')} comments`);
    return { comments: out.slice(0, MAX_COMMENTS), warnings };
  }
  return { comments: out, warnings };
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Every comment on the page, by the most reliable means that finds any (STYLE.md):
 * structured data (JSON-LD or microdata, whichever holds more) → site adapter → survey adapter → generic
 * detector. An adapter that matches the URL wins over structured data when the structured
 * data holds fewer comments than the adapter finds (pages often mark up only a few reviews);
 * either way its id then names the site of every comment, so a review read once through
 * JSON-LD and once through the adapter is stored once.
 */
export function extractComments(doc: Document, url: string): ExtractResult {
  return withDomMemo(() => extract(doc, url));
}

function extract(doc: Document, url: string): ExtractResult {
  const notes: string[] = [];
  const jsonld = extractJsonLd(doc, url);
  if (jsonld.unreadableBlocks) {
    notes.push(`${plural(jsonld.unreadableBlocks, 'structured-data block', 'structured-data blocks')} could not be read`);
  }
  // Whichever markup holds more reviews: some pages put one featured review in JSON-LD
  // and mark up the whole list with microdata.
  let structured = finish(jsonld.comments);
  let structuredMethod: 'jsonld' | 'microdata' = 'jsonld';
  const micro = finish(extractMicrodata(doc, url));
  if (micro.comments.length > structured.comments.length) {
    structured = micro;
    structuredMethod = 'microdata';
  }

  const parsed = parseUrl(url);
  const match = parsed ? findAdapter(parsed) : null;
  const done = (f: Finished, method: ExtractMethod): ExtractResult => {
    const result: ExtractResult = { comments: f.comments, method, warnings: [...notes, ...f.warnings] };
    if (match) result.adapter = match.adapter.id;
    return result;
  };

  if (match) {
    const fromAdapter = finish(runAdapter(match.adapter, doc, url, notes));
    if (fromAdapter.comments.length > structured.comments.length) return done(fromAdapter, match.kind);
    if (structured.comments.length) {
      structured.comments = structured.comments.map((c) => ({ ...c, site: match.adapter.id }));
    }
  }
  if (structured.comments.length) return done(structured, structuredMethod);

  const generic = finish(detectRepeatedBlocks(doc, url).comments);
  return done(generic, generic.comments.length ? 'generic' : 'none');
}

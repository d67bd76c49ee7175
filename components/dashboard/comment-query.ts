import { Dexie } from 'dexie';
import { commentsByIds, pageComments, scopeIdsNewestFirst, type CommentView, type Scope, type VerbatimDb } from '../../lib/db';
import type { Segment, SentimentLabel } from '../../lib/types';

export interface CommentFilters {
  segment: Segment | '';
  sentiment: SentimentLabel | '';
  /** A theme id; a parent matches the comments of its children too (the stored themeIds hold parents). */
  theme: string;
  followUpOpen: boolean;
  search: string;
}

export function noFilters(): CommentFilters {
  return { segment: '', sentiment: '', theme: '', followUpOpen: false, search: '' };
}

export interface CommentPage {
  rows: CommentView[];
  /** Every match in the scope; null when the scan stopped before the end (there are more). */
  total: number | null;
  /** Matches seen so far: a lower bound on the total when total is null. */
  seen: number;
  hasMore: boolean;
}

/** Comments read per step of a scan: large enough to amortise a read, small enough to stop early. */
export const SCAN_CHUNK = 500;

/** True when the comment passes the filters that no index serves (segment, sentiment, text). */
export function matchesUnindexed(v: CommentView, f: CommentFilters, needle = normalise(f.search)): boolean {
  if (f.segment && v.comment.segment !== f.segment) return false;
  // A comment not analysed yet has no sentiment, so it cannot match a sentiment filter.
  if (f.sentiment && v.analysis?.sentiment.label !== f.sentiment) return false;
  if (needle) {
    const hay = normalise(`${v.comment.title ?? ''}\n${v.comment.text}\n${v.comment.author ?? ''}`);
    if (!hay.includes(needle)) return false;
  }
  return true;
}

function normalise(s: string): string {
  return s.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

function hasUnindexed(f: CommentFilters): boolean {
  return f.segment !== '' || f.sentiment !== '' || normalise(f.search) !== '';
}

export function isFiltered(f: CommentFilters): boolean {
  return hasUnindexed(f) || f.theme !== '' || f.followUpOpen;
}

/** Narrows the scope's ids by the filters the database indexes: theme (themeIds) and open follow-ups. */
async function candidateKeys(db: VerbatimDb, scope: Scope, f: CommentFilters): Promise<string[]> {
  // The same order pageComments pages in, so a filtered list keeps the unfiltered one's
  // order; reading keys alone (no records) is cheap even for 100,000 comments.
  let keys = await scopeIdsNewestFirst(db, scope);
  if (f.theme) {
    const withTheme = new Set(await db.comments.where('themeIds').equals(f.theme).primaryKeys());
    keys = keys.filter((k) => withTheme.has(k));
  }
  if (f.followUpOpen) {
    const open = new Set(await db.tags.where('[followUp.state+commentId]').between(['open', Dexie.minKey], ['open', Dexie.maxKey]).primaryKeys());
    keys = keys.filter((k) => open.has(k));
  }
  return keys;
}

function present(views: (CommentView | undefined)[]): CommentView[] {
  return views.filter((v): v is CommentView => v !== undefined);
}

/**
 * One page of a scope's comments under filters, newest capture first.
 *
 * Unfiltered, it is lib/db's pageComments (an index walk, total from the aggregates).
 * Theme and open follow-up have indexes, so they only narrow the list of ids, and the total
 * is exact. Segment, sentiment and text have no index (sentiment is the corrected one, made of
 * the comment and its tags; indexing text would slow every write), so those comments are read in
 * chunks and tested, and the scan stops as soon as the page is full and one more match proves
 * there is a next page: a page never reads the whole scope unless matches are rare.
 */
export async function queryComments(
  db: VerbatimDb, scope: Scope, f: CommentFilters, offset: number, limit: number,
): Promise<CommentPage> {
  if (!isFiltered(f)) {
    const page = await pageComments(db, { scope, offset, limit });
    return { rows: page.comments, total: page.total, seen: page.total, hasMore: offset + limit < page.total };
  }
  return db.transaction('r', [db.comments, db.intake, db.tags, db.aggregates], async () => {
    const keys = await candidateKeys(db, scope, f);
    if (!hasUnindexed(f)) {
      const rows = present(await commentsByIds(db, keys.slice(offset, offset + limit)));
      return { rows, total: keys.length, seen: keys.length, hasMore: offset + limit < keys.length };
    }
    const needle = normalise(f.search);
    const rows: CommentView[] = [];
    let matched = 0;
    for (let i = 0; i < keys.length; i += SCAN_CHUNK) {
      const chunk = present(await commentsByIds(db, keys.slice(i, i + SCAN_CHUNK)));
      for (const v of chunk) {
        if (!matchesUnindexed(v, f, needle)) continue;
        if (matched >= offset && matched < offset + limit) rows.push(v);
        matched++;
        if (matched > offset + limit) return { rows, total: null, seen: matched, hasMore: true };
      }
    }
    return { rows, total: matched, seen: matched, hasMore: false };
  });
}

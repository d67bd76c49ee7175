import { Dexie } from 'dexie';
import type { SegmentCounts, ThemeCounts } from '../types';
import { applyCorrections } from '../tags/apply';
import type { EffectiveAnalysis, Tags } from '../tags/types';
import { intakeComments } from './intake';
import { tagsOf } from './tags';
import type { CommentRecord } from './records';
import { OVERALL, inScope, type Scope } from './scope';
import type { VerbatimDb } from './schema';

/** A comment as views show it: with its corrected analysis (null until analysed) and its tags. */
export interface CommentView {
  comment: CommentRecord;
  analysis: EffectiveAnalysis | null;
  tags: Tags | null;
}

export interface Summary {
  overall: SegmentCounts;
  /** Rated comments whose score was mapped from stars or another scale: the NPS is then "NPS-like". */
  mapped: number;
  /** Comment-level sentiment of the analysed comments: mean = sum / n. */
  sentiment: { sum: number; n: number };
  themes: ThemeCounts[];
}

/** A scope's NPS inputs and theme counts, from its aggregate rows alone. */
export async function readSummary(db: VerbatimDb, scope: Scope): Promise<Summary> {
  const rows = await db.aggregates.where('[scope+themeId]').between([scope, Dexie.minKey], [scope, Dexie.maxKey]).toArray();
  const summary: Summary = {
    overall: { promoters: 0, passives: 0, detractors: 0, unrated: 0 },
    mapped: 0,
    sentiment: { sum: 0, n: 0 },
    themes: [],
  };
  for (const { scope: _scope, ...r } of rows) {
    if (r.themeId === OVERALL) {
      summary.overall = { promoters: r.promoters, passives: r.passives, detractors: r.detractors, unrated: r.unrated };
      summary.sentiment = { sum: r.sentimentSum, n: r.sentimentN };
      summary.mapped = r.mapped ?? 0;
    } else {
      summary.themes.push(r);
    }
  }
  return summary;
}

export interface DayCounts {
  /** "YYYY-MM-DD", the day the comments were written. */
  day: string;
  counts: SegmentCounts;
  sentiment: { sum: number; n: number };
}

/**
 * Segment counts per day of writing, oldest first, from the day aggregate rows (comments
 * without a date are not in them), for trends by week or month. from and to are inclusive
 * "YYYY-MM-DD" days.
 */
export async function readDaily(db: VerbatimDb, range: { from?: string; to?: string } = {}): Promise<DayCounts[]> {
  const rows = await db.aggregates.where('[scope+themeId]')
    .between([`day:${range.from ?? ''}`, Dexie.minKey], [`day:${range.to ?? '\uffff'}`, Dexie.maxKey]).toArray();
  return rows.filter((r) => r.themeId === OVERALL).map((r) => ({
    day: r.scope.slice(4),
    counts: { promoters: r.promoters, passives: r.passives, detractors: r.detractors, unrated: r.unrated },
    sentiment: { sum: r.sentimentSum, n: r.sentimentN },
  }));
}

async function toViews(db: VerbatimDb, comments: CommentRecord[]): Promise<CommentView[]> {
  const tags = await tagsOf(db, comments.map((c) => c.id));
  return comments.map((comment) => {
    const t = tags.get(comment.id);
    return { comment, analysis: comment.analysis ? applyCorrections(comment.analysis, t) : null, tags: t ?? null };
  });
}

/** How far exampleComments looks for a promoter and a detractor before settling. */
const EXAMPLE_SCAN = 200;

/**
 * A few comments that mention a theme, by its index: a promoter and a detractor first when
 * there are any, so the two sides of a driver show, then whatever else mentions it.
 */
export async function exampleComments(db: VerbatimDb, themeId: string, scope: Scope, n = 2): Promise<CommentView[]> {
  return db.transaction('r', [db.comments, db.tags], async () => {
    const found = await db.comments.where('themeIds').equals(themeId)
      .filter((c) => inScope(c, scope)).limit(EXAMPLE_SCAN).toArray();
    const picked: CommentRecord[] = [];
    for (const segment of ['promoter', 'detractor'] as const) {
      const c = found.find((x) => x.segment === segment);
      if (c && picked.length < n) picked.push(c);
    }
    for (const c of found) {
      if (picked.length >= n) break;
      if (!picked.includes(c)) picked.push(c);
    }
    return toViews(db, picked);
  });
}

/** A scope's comments in capture order, through the index that holds that scope. */
export function scopeIndex(db: VerbatimDb, scope: Scope) {
  if (scope === 'all') return db.comments.orderBy('capturedAt');
  const [index, key] = scope.startsWith('site:') ? ['[host+capturedAt]', scope.slice(5)] : ['[sourceId+capturedAt]', scope.slice(7)];
  return db.comments.where(index).between([key, Dexie.minKey], [key, Dexie.maxKey]);
}

/**
 * The scope's comments waiting in the intake, newest capture first. They are the latest
 * captures (the intake is tagged oldest first), so lists show them before the tagged ones.
 */
async function waitingInScope(db: VerbatimDb, scope: Scope): Promise<CommentRecord[]> {
  const chunks = await db.intake.toArray();
  const waiting = chunks.flatMap((chunk) => chunk.comments.filter((c) => inScope(c, scope)));
  return waiting.sort((a, b) => b.capturedAt - a.capturedAt);
}

/** The scope's comment ids, newest capture first: waiting ones, then tagged ones by index. */
export async function scopeIdsNewestFirst(db: VerbatimDb, scope: Scope): Promise<string[]> {
  return db.transaction('r', [db.comments, db.intake], async () => [
    ...(await waitingInScope(db, scope)).map((c) => c.id),
    ...(await scopeIndex(db, scope).reverse().primaryKeys()),
  ]);
}

export interface Page {
  /** Every comment in the scope (from the aggregates, not a count over the table). */
  total: number;
  comments: CommentView[];
}

/**
 * One page of a scope's comments, newest capture first: those waiting in the intake, then
 * the tagged ones read through an index.
 */
export async function pageComments(db: VerbatimDb, opts: { scope: Scope; offset: number; limit: number }): Promise<Page> {
  return db.transaction('r', [db.comments, db.intake, db.tags, db.aggregates], async () => {
    const overall = await db.aggregates.get([opts.scope, OVERALL]);
    const total = overall ? overall.promoters + overall.passives + overall.detractors + overall.unrated : 0;
    const waiting = await waitingInScope(db, opts.scope);
    const first = waiting.slice(opts.offset, opts.offset + opts.limit);
    const rest = opts.limit - first.length;
    const tagged = rest > 0
      ? await scopeIndex(db, opts.scope).reverse().offset(Math.max(0, opts.offset - waiting.length)).limit(rest).toArray()
      : [];
    return { total, comments: await toViews(db, [...first, ...tagged]) };
  });
}

export const EXPORT_CHUNK = 2000;

/**
 * A scope's comments in capture order, in chunks, so an export of 100,000 never holds them
 * all. Each chunk is read in its own transaction: comments saved during the export may or
 * may not appear, but none appears twice.
 */
export async function* commentsForExport(db: VerbatimDb, scope: Scope, chunk = EXPORT_CHUNK): AsyncGenerator<CommentView[]> {
  const ids = (await scopeIdsNewestFirst(db, scope)).reverse();
  for (let i = 0; i < ids.length; i += chunk) {
    // A comment tagged meanwhile moved from the intake to the comments table: found either way.
    const views = (await commentsByIds(db, ids.slice(i, i + chunk))).filter((v): v is CommentView => v !== undefined);
    if (views.length > 0) yield views;
  }
}

/** From this many ids, a page's comments are read through their source's index in one request. */
const SOURCE_READ_FROM = 500;

/**
 * Above this many ids, one read of every stored key beats a lookup per id (Chromium answers
 * each lookup in ~0.1 ms; 100,000 keys come back in one read of ~50 ms).
 */
const KEY_SCAN_FROM = 2_000;

/**
 * Every stored comment id, when `asked` ids are enough that one read of all keys beats a
 * lookup each (a page just captured, or not at all, asks about thousands the table may not
 * have); null when a lookup each is cheaper.
 */
export async function storedKeysFor(db: VerbatimDb, asked: number): Promise<Set<string> | null> {
  return asked < KEY_SCAN_FROM ? null : new Set(await db.comments.toCollection().primaryKeys());
}

/**
 * The tagged comments of one source, when `ids` are most of them: an overlay on a page of
 * 10,000 reviews asks for all of them, and one range read answers what would otherwise be
 * 10,000 lookups. Null when reading the source would read far more than was asked for.
 */
async function sourceComments(db: VerbatimDb, near: string | undefined, asked: number): Promise<CommentRecord[] | null> {
  if (!near || asked < SOURCE_READ_FROM) return null;
  const counts = await db.aggregates.get([`source:${near}`, OVERALL]);
  const size = counts ? counts.promoters + counts.passives + counts.detractors + counts.unrated : 0;
  return size <= 2 * asked ? scopeIndex(db, `source:${near}`).toArray() : null;
}

/**
 * Stored comments, tagged or still waiting in the intake, as the in-page overlay shows them,
 * aligned with ids (undefined where unknown). `near` is the source id of the page asking, whose
 * comments are likely to be the ones asked for.
 */
export async function commentsByIds(db: VerbatimDb, ids: string[], near?: string): Promise<(CommentView | undefined)[]> {
  // A page whose reviews are not on screen asks about none: no transaction to queue behind tagging.
  if (ids.length === 0) return [];
  return db.transaction('r', [db.comments, db.intake, db.tags, db.aggregates], async () => {
    const found = new Map<string, CommentRecord>();
    for (const c of (await sourceComments(db, near, ids.length)) ?? []) found.set(c.id, c);
    let rest = ids.filter((id) => !found.has(id));
    const keys = await storedKeysFor(db, rest.length);
    if (keys) rest = rest.filter((id) => keys.has(id));
    const stored = await db.comments.bulkGet(rest);
    rest.forEach((id, i) => {
      const c = stored[i];
      if (c) found.set(id, c);
    });
    if (ids.some((id) => !found.has(id))) for (const [id, c] of await intakeComments(db)) if (!found.has(id)) found.set(id, c);
    const known = await toViews(db, ids.flatMap((id) => found.get(id) ?? []));
    const byId = new Map(known.map((v) => [v.comment.id, v]));
    return ids.map((id) => byId.get(id));
  });
}

/**
 * The next comment with an open follow-up after afterId (in id order, which is stable),
 * wrapping round to the first; undefined when none is open.
 */
export async function nextFollowUp(db: VerbatimDb, afterId?: string): Promise<CommentView | undefined> {
  return db.transaction('r', [db.comments, db.intake, db.tags, db.aggregates], async () => {
    const index = db.tags.where('[followUp.state+commentId]');
    const after = afterId === undefined ? undefined
      : await index.between(['open', afterId], ['open', Dexie.maxKey], false, true).first();
    const tags = after ?? await index.between(['open', Dexie.minKey], ['open', Dexie.maxKey]).first();
    if (!tags) return undefined;
    return (await commentsByIds(db, [tags.commentId]))[0];
  });
}

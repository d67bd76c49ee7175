import { Dexie } from 'dexie';
import type { CommentAnalysis } from '../types';
import { applyCorrections } from '../tags/apply';
import { addContribution, applyDeltas, effectiveThemeIds, type Deltas } from './aggregate';
import type { AnalysisRecord, CommentRecord, CommentStatus } from './records';
import type { VerbatimDb } from './schema';
import { OVERALL } from './scope';

function byStatus(db: VerbatimDb, status: CommentStatus) {
  return db.comments.where('[status+capturedAt]').between([status, Dexie.minKey], [status, Dexie.maxKey]);
}

/**
 * The oldest pending comments. Taking a batch changes nothing: a worker killed before it
 * saves leaves them pending, and the next run takes them again.
 */
export function pendingBatch(db: VerbatimDb, limit: number): Promise<CommentRecord[]> {
  return byStatus(db, 'pending').limit(limit).toArray();
}

export interface AnalysisResult {
  commentId: string;
  analysis: CommentAnalysis;
}

/**
 * Saves a batch of analyses in one transaction: the analyses, the comments marked done, and
 * every scope's aggregates. Each comment's old contribution (its previous analysis, with
 * corrections) is taken away before the new one is added, so saving the same batch twice (a
 * worker killed after the commit but before it knew) or re-tagging never counts twice.
 * Returns how many were saved; analyses for comments no longer in the database are dropped.
 */
export async function saveAnalyses(db: VerbatimDb, results: AnalysisResult[], now: number = Date.now()): Promise<number> {
  const latest = new Map(results.map((r) => [r.commentId, r.analysis]));
  const ids = [...latest.keys()];
  return db.transaction('rw', [db.comments, db.analyses, db.tags, db.aggregates], async () => {
    const [comments, before, tags] = await Promise.all([
      db.comments.bulkGet(ids), db.analyses.bulkGet(ids), db.tags.bulkGet(ids),
    ]);
    const deltas: Deltas = new Map();
    const analyses: AnalysisRecord[] = [];
    const updated: CommentRecord[] = [];
    ids.forEach((id, i) => {
      const c = comments[i];
      if (!c) return;
      const old = before[i];
      addContribution(deltas, c, old ? applyCorrections(old, tags[i]) : null, -1);
      const record: AnalysisRecord = { ...latest.get(id)!, commentId: id, analyzedAt: now };
      const effective = applyCorrections(record, tags[i]);
      addContribution(deltas, c, effective, 1);
      analyses.push(record);
      const next: CommentRecord = { ...c, status: 'done', lang: record.lang, themeIds: effectiveThemeIds(effective) };
      delete next.error;
      updated.push(next);
    });
    await db.analyses.bulkPut(analyses);
    await db.comments.bulkPut(updated);
    await applyDeltas(db.aggregates, deltas);
    return updated.length;
  });
}

/** Comments the engine could not analyse: kept out of the queue, with the reason. */
export async function markFailed(db: VerbatimDb, failures: { commentId: string; error: string }[]): Promise<void> {
  await db.transaction('rw', db.comments, async () => {
    const comments = await db.comments.bulkGet(failures.map((f) => f.commentId));
    const updated = comments.flatMap((c, i) => (c ? [{ ...c, status: 'error' as const, error: failures[i].error }] : []));
    await db.comments.bulkPut(updated);
  });
}

/** Puts failed comments back in the queue (after an engine update, say). Returns how many. */
export async function retryFailed(db: VerbatimDb): Promise<number> {
  return db.transaction('rw', db.comments, () => byStatus(db, 'error').modify((c) => {
    c.status = 'pending';
    delete c.error;
  }));
}

/**
 * Sends comments analysed with another taxonomy back to the queue. Their analysis, and so
 * their aggregates, stay until the new one is saved; their tags are untouched and are
 * merged with the new analysis. Returns how many were queued.
 */
export async function markRetag(db: VerbatimDb, currentTaxonomyVersion: string): Promise<number> {
  return db.transaction('rw', [db.comments, db.analyses], async () => {
    const stale = await db.analyses.where('taxonomyVersion').notEqual(currentTaxonomyVersion).primaryKeys();
    let n = 0;
    for (let i = 0; i < stale.length; i += 2000) {
      const comments = await db.comments.bulkGet(stale.slice(i, i + 2000));
      const queued = comments.flatMap((c) => (c && c.status !== 'pending' ? [{ ...c, status: 'pending' as const }] : []));
      queued.forEach((c) => delete c.error);
      await db.comments.bulkPut(queued);
      n += queued.length;
    }
    return n;
  });
}

export interface QueueStats {
  pending: number;
  done: number;
  error: number;
}

/**
 * The queue's counts. Counting 'done' through its index walks every tagged comment (seconds
 * at 100,000), and the popup asks on every change; but every stored comment is already
 * counted in the overall aggregate row, so done = all − pending − failed, and only the few
 * pending and failed ones are counted.
 */
export async function queueStats(db: VerbatimDb): Promise<QueueStats> {
  return db.transaction('r', db.comments, db.aggregates, async () => {
    const [pending, error, all] = await Promise.all([
      byStatus(db, 'pending').count(), byStatus(db, 'error').count(), db.aggregates.get(['all', OVERALL]),
    ]);
    const total = all ? all.promoters + all.passives + all.detractors + all.unrated : 0;
    return { pending, done: Math.max(0, total - pending - error), error };
  });
}

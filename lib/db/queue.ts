import { Dexie } from 'dexie';
import type { CommentAnalysis } from '../types';
import { applyCorrections } from '../tags/apply';
import { addContribution, applyDeltas, effectiveThemeIds, type Deltas } from './aggregate';
import type { AnalysisRecord, CommentRecord, CommentStatus } from './records';
import { chunkKey, intakeSize, oldestChunks, takeFromIntake } from './intake';
import type { VerbatimDb } from './schema';
import { OVERALL } from './scope';

function byStatus(db: VerbatimDb, status: CommentStatus) {
  return db.comments.where('[status+capturedAt]').between([status, Dexie.minKey], [status, Dexie.maxKey]);
}

/** The tables a save writes to, in every transaction that saves. */
function queueTables(db: VerbatimDb) {
  return [db.comments, db.intake, db.analyses, db.tags, db.aggregates];
}

/**
 * The oldest pending comments: fresh captures from the intake first, then comments sent back
 * to the queue. Taking a batch changes nothing: a worker killed before it saves leaves them
 * pending, and the next run takes them again.
 */
export async function pendingBatch(db: VerbatimDb, limit: number): Promise<CommentRecord[]> {
  return db.transaction('r', [db.comments, db.intake], async () => {
    const fresh = (await oldestChunks(db, limit)).flatMap((c) => c.comments).slice(0, limit);
    if (fresh.length >= limit) return fresh;
    return [...fresh, ...(await byStatus(db, 'pending').limit(limit - fresh.length).toArray())];
  });
}

/** Stored comments by id: from the comments table, or taken out of the intake to be written there. */
async function commentsToWrite(db: VerbatimDb, ids: string[]): Promise<CommentRecord[]> {
  const stored = await db.comments.bulkGet(ids);
  const missing = ids.filter((_, i) => !stored[i]);
  const taken = await takeFromIntake(db, missing);
  return ids.flatMap((id, i) => {
    const c = stored[i] ?? taken.get(id);
    return c ? [c] : [];
  });
}

export interface AnalysisResult {
  commentId: string;
  analysis: CommentAnalysis;
}

/**
 * Writes a batch's analyses for comments already read in the running transaction: the
 * analyses, the comments marked done, and every scope's aggregates. Each comment's old
 * contribution (its previous analysis, with corrections) is taken away before the new one
 * is added, so saving the same batch twice or re-tagging never counts twice.
 */
async function writeAnalyses(
  db: VerbatimDb, comments: CommentRecord[], latest: Map<string, CommentAnalysis>, now: number,
): Promise<number> {
  // A comment without themeIds has never been analysed (rebuildAggregatesIn keeps that
  // true), so there is no old analysis to take away: a fresh capture reads none.
  const seen = comments.filter((c) => c.themeIds !== undefined).map((c) => c.id);
  const tagged = await taggedAmong(db, comments.map((c) => c.id));
  const [before, tags] = await Promise.all([db.analyses.bulkGet(seen), db.tags.bulkGet(tagged)]);
  const oldOf = new Map(seen.map((id, i) => [id, before[i]]));
  const tagsOf = new Map(tagged.map((id, i) => [id, tags[i]]));
  const deltas: Deltas = new Map();
  const analyses: AnalysisRecord[] = [];
  const updated: CommentRecord[] = [];
  for (const c of comments) {
    const old = oldOf.get(c.id);
    const t = tagsOf.get(c.id);
    addContribution(deltas, c, old ? applyCorrections(old, t) : null, -1);
    const record: AnalysisRecord = { ...latest.get(c.id)!, commentId: c.id, analyzedAt: now };
    const effective = applyCorrections(record, t);
    addContribution(deltas, c, effective, 1);
    analyses.push(record);
    const next: CommentRecord = { ...c, status: 'done', lang: record.lang, themeIds: effectiveThemeIds(effective) };
    delete next.error;
    updated.push(next);
  }
  await db.analyses.bulkPut(analyses);
  await db.comments.bulkPut(updated);
  await applyDeltas(db.aggregates, deltas);
  return updated.length;
}

/**
 * The ids among `ids` that carry manual tags. Corrections are few next to comments, so one
 * read of the tag keys replaces a lookup per comment of the batch.
 */
async function taggedAmong(db: VerbatimDb, ids: string[]): Promise<string[]> {
  const keys = new Set(await db.tags.toCollection().primaryKeys());
  return keys.size === 0 ? [] : ids.filter((id) => keys.has(id));
}

/**
 * Saves a batch of analyses in one transaction (see writeAnalyses). Returns how many were
 * saved; analyses for comments no longer in the database are dropped.
 */
export async function saveAnalyses(db: VerbatimDb, results: AnalysisResult[], now: number = Date.now()): Promise<number> {
  const latest = new Map(results.map((r) => [r.commentId, r.analysis]));
  return db.transaction('rw', queueTables(db), async () => {
    const comments = await commentsToWrite(db, [...latest.keys()]);
    return writeAnalyses(db, comments, latest, now);
  });
}

export interface BatchOutcome {
  /** Comments taken from the queue; 0 when it was empty. */
  taken: number;
  saved: number;
  failed: number;
}

/**
 * Takes the oldest pending comments, analyses them and saves the results, all in one
 * transaction: the comments are read once (a fresh capture's from its intake chunk, which
 * is deleted as its comments are written out), and a worker stopped anywhere in between
 * leaves the batch pending, to be taken whole by the next run. `analyze` must be synchronous (an
 * IndexedDB transaction ends when it waits on anything else). A comment whose analysis
 * throws is marked failed with the reason rather than blocking the queue.
 */
export async function tagPendingBatch(
  db: VerbatimDb, limit: number, analyze: (comment: CommentRecord) => CommentAnalysis, now: number = Date.now(),
): Promise<BatchOutcome> {
  return db.transaction('rw', queueTables(db), async () => {
    const chunks = await oldestChunks(db, limit);
    const batch = chunks.length > 0 ? chunks.flatMap((c) => c.comments) : await byStatus(db, 'pending').limit(limit).toArray();
    const latest = new Map<string, CommentAnalysis>();
    const analysed: CommentRecord[] = [];
    const failed: CommentRecord[] = [];
    for (const c of batch) {
      try {
        latest.set(c.id, analyze(c));
        analysed.push(c);
      } catch (err) {
        failed.push({ ...c, status: 'error', error: err instanceof Error ? err.message : String(err) });
      }
    }
    const saved = analysed.length ? await writeAnalyses(db, analysed, latest, now) : 0;
    if (failed.length) await db.comments.bulkPut(failed);
    if (chunks.length > 0) await db.intake.bulkDelete(chunks.map(chunkKey));
    return { taken: batch.length, saved, failed: failed.length };
  });
}

/** Comments the engine could not analyse: kept out of the queue, with the reason. */
export async function markFailed(db: VerbatimDb, failures: { commentId: string; error: string }[]): Promise<void> {
  await db.transaction('rw', [db.comments, db.intake], async () => {
    const reason = new Map(failures.map((f) => [f.commentId, f.error]));
    const comments = await commentsToWrite(db, [...reason.keys()]);
    await db.comments.bulkPut(comments.map((c) => ({ ...c, status: 'error' as const, error: reason.get(c.id)! })));
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
  return db.transaction('r', [db.comments, db.intake, db.aggregates], async () => {
    const [queued, fresh, error, all] = await Promise.all([
      byStatus(db, 'pending').count(), intakeSize(db), byStatus(db, 'error').count(), db.aggregates.get(['all', OVERALL]),
    ]);
    const pending = queued + fresh;
    const total = all ? all.promoters + all.passives + all.detractors + all.unrated : 0;
    return { pending, done: Math.max(0, total - pending - error), error };
  });
}

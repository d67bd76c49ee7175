import type { CommentAnalysis } from '../types';
import { applyCorrections } from '../tags/apply';
import { addContribution, applyDeltas, effectiveThemeIds, type Deltas } from './aggregate';
import type { CommentRecord, IntakeRecord, StoredAnalysis } from './records';
import { byStatus, withStatus } from './status';
import { tagsOf } from './tags';
import { CHUNK, chunkKey, intakeSize, oldestChunks, takeFromIntake } from './intake';
import type { VerbatimDb } from './schema';
import { OVERALL } from './scope';

/** The tables a save writes to, in every transaction that saves. */
function queueTables(db: VerbatimDb) {
  return [db.comments, db.intake, db.tags, db.aggregates];
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
 * Writes a batch's analyses for comments already read in the running transaction: each
 * comment marked done with its analysis, and every scope's aggregates. Each comment's old
 * contribution (its previous analysis, with corrections) is taken away before the new one
 * is added, so saving the same batch twice or re-tagging never counts twice.
 */
async function writeAnalyses(
  db: VerbatimDb, comments: CommentRecord[], latest: Map<string, CommentAnalysis>, now: number,
): Promise<number> {
  const tags = await tagsOf(db, comments.map((c) => c.id));
  const deltas: Deltas = new Map();
  const updated: CommentRecord[] = [];
  for (const c of comments) {
    const t = tags.get(c.id);
    // Take away what the comment counted for so far: its segment alone until its first analysis.
    addContribution(deltas, c, c.analysis ? applyCorrections(c.analysis, t) : null, -1);
    const analysis: StoredAnalysis = { ...latest.get(c.id)!, analyzedAt: now };
    const effective = applyCorrections(analysis, t);
    addContribution(deltas, c, effective, 1);
    updated.push({ ...withStatus(c, 'done'), lang: analysis.lang, themeIds: effectiveThemeIds(effective), analysis });
  }
  await applyDeltas(db.aggregates, deltas);
  await db.comments.bulkPut(updated);
  return updated.length;
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

export type Analyze = (comment: CommentRecord) => CommentAnalysis;

interface Analysed {
  latest: Map<string, CommentAnalysis>;
  analysed: CommentRecord[];
  /** Comments whose analysis threw, marked failed with the reason rather than blocking the queue. */
  failed: CommentRecord[];
}

function analyseAll(batch: CommentRecord[], analyze: Analyze): Analysed {
  const out: Analysed = { latest: new Map(), analysed: [], failed: [] };
  for (const c of batch) {
    try {
      out.latest.set(c.id, analyze(c));
      out.analysed.push(c);
    } catch (err) {
      out.failed.push(withStatus(c, 'error', err instanceof Error ? err.message : String(err)));
    }
  }
  return out;
}

/** Writes analysed comments, failed ones and the removal of their intake chunks; inside a queue transaction. */
async function saveBatch(db: VerbatimDb, r: Analysed, chunks: IntakeRecord[], now: number): Promise<BatchOutcome> {
  const saved = r.analysed.length ? await writeAnalyses(db, r.analysed, r.latest, now) : 0;
  if (r.failed.length) await db.comments.bulkPut(r.failed);
  if (chunks.length > 0) await db.intake.bulkDelete(chunks.map(chunkKey));
  return { taken: r.analysed.length + r.failed.length, saved, failed: r.failed.length };
}

/**
 * Takes the oldest pending comments, analyses them and saves the results, all in one
 * transaction: the comments are read once (a fresh capture's from its intake chunk, which
 * is deleted as its comments are written out), and a worker stopped anywhere in between
 * leaves the batch pending, to be taken whole by the next run. `analyze` must be synchronous (an
 * IndexedDB transaction ends when it waits on anything else).
 */
export async function tagPendingBatch(db: VerbatimDb, limit: number, analyze: Analyze, now: number = Date.now()): Promise<BatchOutcome> {
  return db.transaction('rw', queueTables(db), async () => {
    const chunks = await oldestChunks(db, limit);
    const batch = chunks.length > 0 ? chunks.flatMap((c) => c.comments) : await byStatus(db, 'pending').limit(limit).toArray();
    return saveBatch(db, analyseAll(batch, analyze), chunks, now);
  });
}

/** Intake chunks read at a time by tagIntake: 10,000 comments, a big page in one read. */
const READ_AHEAD = 5;

/**
 * Tags the intake, chunk by chunk, oldest first, each chunk saved in a transaction of its own
 * that writes its comments out and deletes the chunk. Chromium writes IndexedDB on another
 * thread, so chunk k+1 is analysed here while chunk k's transaction is written there, and the
 * slower of the two sets the pace instead of their sum. A worker stopped anywhere loses only
 * unsaved chunks, still in the intake for the next run; a chunk that is gone, or changed, by
 * the time its transaction runs (saved by another run, or a comment taken out of it) is not
 * written, and whatever is left of it is read again. Comments sent back to the queue in the
 * comments table are not its business: tagPendingBatch takes those. `stored` are chunks the
 * caller has just stored (storeCaptured's), tagged first without being read back.
 */
export async function tagIntake(
  db: VerbatimDb, analyze: Analyze, onChunk?: (saved: number) => void, now: () => number = Date.now, stored: IntakeRecord[] = [],
): Promise<BatchOutcome> {
  const total: BatchOutcome = { taken: 0, saved: 0, failed: 0 };
  const count = (o: BatchOutcome) => {
    total.taken += o.taken;
    total.saved += o.saved;
    total.failed += o.failed;
    if (o.taken > 0) onChunk?.(total.saved);
  };
  // A save's transaction is opened before the next chunk is analysed, so its reads are queued
  // behind the write before it; up to two are in flight.
  const save = async (chunk: IntakeRecord, r: Analysed): Promise<{ done: Promise<BatchOutcome> }> => {
    let started!: () => void;
    const opened = new Promise<void>((res) => (started = res));
    const done = db.transaction('rw', queueTables(db), async () => {
      const there = db.intake.where(':id').equals(chunkKey(chunk)).count();
      started();
      return (await there) ? saveBatch(db, r, [chunk], now()) : { taken: 0, saved: 0, failed: 0 };
    });
    // Awaited in turn by the loop below; a failure is not unhandled meanwhile.
    done.catch(() => undefined);
    await Promise.race([opened, done]);
    return { done };
  };
  for (let handed = stored; ; handed = []) {
    const chunks = handed.length > 0 ? handed : await db.transaction('r', db.intake, () => oldestChunks(db, READ_AHEAD * CHUNK));
    if (chunks.length === 0) return total;
    const writing: Promise<BatchOutcome>[] = [];
    for (const chunk of chunks) {
      const analysed = analyseAll(chunk.comments, analyze);
      if (writing.length === 2) count(await writing.shift()!);
      writing.push((await save(chunk, analysed)).done);
    }
    for (const w of writing) count(await w);
  }
}

/** Comments the engine could not analyse: kept out of the queue, with the reason. */
export async function markFailed(db: VerbatimDb, failures: { commentId: string; error: string }[]): Promise<void> {
  await db.transaction('rw', [db.comments, db.intake], async () => {
    const reason = new Map(failures.map((f) => [f.commentId, f.error]));
    const comments = await commentsToWrite(db, [...reason.keys()]);
    await db.comments.bulkPut(comments.map((c) => withStatus(c, 'error', reason.get(c.id)!)));
  });
}

/** Puts failed comments back in the queue (after an engine update, say). Returns how many. */
export async function retryFailed(db: VerbatimDb): Promise<number> {
  return db.transaction('rw', db.comments, () => byStatus(db, 'error').modify((c, ref) => {
    ref.value = withStatus(c, 'pending');
  }));
}

/** Settings key: the taxonomy version key every stored analysis is known to have been made with. */
export const RETAG_MARK = 'retag.taxonomyVersion';

/**
 * Sends comments analysed with another taxonomy back to the queue. Their analysis, and so
 * their aggregates, stay until the new one is saved; their tags are untouched and are
 * merged with the new analysis. Returns how many were queued. The worker calls it at every
 * start, so it reads every comment only when the taxonomy changed since its last full pass
 * (a mark in settings says which it was; a restore clears it): an index for this alone would
 * cost every tagged comment one more entry written.
 */
export async function markRetag(db: VerbatimDb, currentTaxonomyVersion: string): Promise<number> {
  return db.transaction('rw', [db.comments, db.settings], async () => {
    if ((await db.settings.get(RETAG_MARK))?.value === currentTaxonomyVersion) return 0;
    let n = 0;
    await db.comments.toCollection().modify((c, ref) => {
      if (!c.analysis || c.analysis.taxonomyVersion === currentTaxonomyVersion || c.status === 'pending') return;
      ref.value = withStatus(c, 'pending');
      n++;
    });
    await db.settings.put({ key: RETAG_MARK, value: currentTaxonomyVersion });
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

import { Dexie } from 'dexie';
import type { CommentRecord, CommentStatus, QueuedStatus } from './records';
import type { VerbatimDb } from './schema';

/**
 * The comment with a new status, and its queue entry to match: only pending and failed
 * comments have one, so the index that finds them stays as small as the queue. Every write
 * of a status goes through here. A failure's reason is kept until the comment leaves 'error'.
 */
export function withStatus(c: CommentRecord, status: CommentStatus, error?: string): CommentRecord {
  const next: CommentRecord = { ...c, status };
  delete next.queued;
  delete next.error;
  if (status !== 'done') next.queued = [status, c.capturedAt];
  if (status === 'error') next.error = error ?? c.error ?? 'unknown error';
  return next;
}

/** The comments table's pending or failed comments, oldest capture first. */
export function byStatus(db: VerbatimDb, status: QueuedStatus) {
  return db.comments.where('queued').between([status, Dexie.minKey], [status, Dexie.maxKey]);
}

import type { Transaction } from 'dexie';
import type { AnalysisRecord, CommentRecord } from './records';
import { withStatus } from './status';

const CHUNK = 2000;

/**
 * Schema v4's upgrade: every analysis moves from the analyses table into its comment's record,
 * and pending and failed comments get their queue entry (lib/db/status). Aggregates and theme
 * ids do not change, since the analyses themselves do not. An analysis whose comment is not in
 * the comments table (one restored for a comment still waiting in the intake) is dropped: the
 * intake tags that comment anew, as v3 would have.
 */
export async function embedAnalyses(tx: Transaction): Promise<void> {
  const analyses = tx.table<AnalysisRecord, string>('analyses');
  const comments = tx.table<CommentRecord, string>('comments');
  const ids = await comments.toCollection().primaryKeys();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    const [found, analysed] = await Promise.all([comments.bulkGet(part), analyses.bulkGet(part)]);
    const moved = found.flatMap((c, j) => {
      if (!c) return [];
      const next = withStatus(c, c.status);
      const a = analysed[j];
      if (a) {
        const { commentId: _id, ...analysis } = a;
        next.analysis = analysis;
      }
      return [next];
    });
    await comments.bulkPut(moved);
  }
}

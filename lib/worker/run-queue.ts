import type { CommentAnalysis } from '../types';

/** The database operations the queue needs (lib/db provides them; tests may fake them). */
export interface QueueStore<C extends { id: string; text: string; title?: string | null; lang?: string | null }> {
  pendingBatch(limit: number): Promise<C[]>;
  saveAnalyses(results: { commentId: string; analysis: CommentAnalysis }[]): Promise<void>;
  markFailed(commentId: string, error: string): Promise<void>;
}

export interface QueueOptions {
  batchSize?: number;
  /** Called after every saved batch, e.g. to report progress to the popup. */
  onBatch?: (saved: number) => void;
}

/**
 * Tags pending comments in batches until none is left. Each batch is saved in one
 * transaction, so a worker stopped mid-batch loses only unsaved work: those comments are
 * still pending and the next start takes them again. A comment whose analysis throws is
 * marked failed rather than blocking the queue forever.
 */
export async function drainQueue<C extends { id: string; text: string; title?: string | null; lang?: string | null }>(
  store: QueueStore<C>,
  analyze: (comment: C) => CommentAnalysis,
  opts: QueueOptions = {},
): Promise<number> {
  // Chromium's IndexedDB costs ~0.5 ms a comment to save but also a fixed cost per
  // transaction; 500 amortises that while a killed worker loses at most 500 analyses.
  const batchSize = opts.batchSize ?? 500;
  let total = 0;
  for (;;) {
    const batch = await store.pendingBatch(batchSize);
    if (batch.length === 0) return total;
    const results: { commentId: string; analysis: CommentAnalysis }[] = [];
    for (const comment of batch) {
      try {
        results.push({ commentId: comment.id, analysis: analyze(comment) });
      } catch (err) {
        await store.markFailed(comment.id, err instanceof Error ? err.message : String(err));
      }
    }
    if (results.length) await store.saveAnalyses(results);
    total += results.length;
    opts.onBatch?.(total);
  }
}

/** Runs `task` at most once at a time; a call while it runs schedules one more run after it. */
export function singleFlight(task: () => Promise<unknown>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await task();
      } while (again);
    })().finally(() => {
      running = null;
    });
    return running;
  };
  return run;
}

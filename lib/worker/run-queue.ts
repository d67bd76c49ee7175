/**
 * Takes up to `limit` pending comments, tags them and saves the results as one unit
 * (lib/db's tagPendingBatch): either the whole batch is saved or it all stays pending.
 */
export type BatchTagger = (limit: number) => Promise<{ taken: number; saved: number; failed: number }>;

export interface QueueOptions {
  batchSize?: number;
  /** Called after every saved batch with the running count, e.g. to report progress. */
  onBatch?: (saved: number) => void;
}

/**
 * Tags pending comments in batches until none is left. A worker stopped mid-batch loses
 * only that batch's unsaved work: its comments are still pending and the next start takes
 * them again. Returns how many comments were tagged.
 */
export async function drainQueue(tagBatch: BatchTagger, opts: QueueOptions = {}): Promise<number> {
  // Chromium's IndexedDB costs ~0.2 ms a comment to save but also a fixed cost per
  // transaction; 500 amortises that while a killed worker loses at most 500 analyses.
  const batchSize = opts.batchSize ?? 500;
  let total = 0;
  for (;;) {
    const { taken, saved } = await tagBatch(batchSize);
    if (taken === 0) return total;
    total += saved;
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

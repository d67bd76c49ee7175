import type { Handlers } from '../messaging/router';
import type { CaptureOutcome, MessageData } from '../messaging/protocol';
import {
  storeCaptured, pendingBatch, saveAnalyses, markFailed, queueStats, commentsByIds, setTags, type VerbatimDb,
} from '../db';
import { ratingToScore } from '../nps';
import { createAnalyzer } from './analyzer';
import { drainQueue, singleFlight } from './run-queue';

export interface ServiceDeps {
  /** Reads the page in a tab (the entry point does the scripting). */
  captureTab(tabId: number): Promise<{ page: MessageData<'capture.store'>; method: string; warnings: string[] }>;
}

/**
 * The background's work, free of extension APIs: store captured comments (pending first),
 * tag them in batches, answer the overlay and popup. The entry point only wires it up.
 */
export function createBackgroundService(db: VerbatimDb, deps: ServiceDeps) {
  let analyze: ReturnType<typeof createAnalyzer> | null = null;
  const tagPending = singleFlight(() =>
    drainQueue(
      {
        pendingBatch: (n) => pendingBatch(db, n),
        saveAnalyses: (results) => saveAnalyses(db, results),
        markFailed: (id, error) => markFailed(db, id, error),
      },
      (comment) => (analyze ??= createAnalyzer())(comment),
    ),
  );

  async function store(page: MessageData<'capture.store'>, method: string, warnings: string[]): Promise<CaptureOutcome> {
    const source = { url: page.url, title: page.title, site: page.site };
    const stored = await storeCaptured(db, page.comments, source, ratingToScore);
    void tagPending();
    return {
      found: page.comments.length,
      added: stored.added,
      known: stored.known,
      method,
      warnings,
      sourceId: stored.sourceId,
    };
  }

  async function captureAndStore(tabId: number): Promise<CaptureOutcome> {
    const { page, method, warnings } = await deps.captureTab(tabId);
    return store(page, method, warnings);
  }

  const handlers: Handlers = {
    'capture.tab': ({ tabId }) => captureAndStore(tabId),
    'capture.store': (page) => store(page, page.site, []),
    'queue.status': () => queueStats(db),
    'comments.lookup': ({ ids }) => commentsByIds(db, ids),
    'tags.set': async (change) => {
      await setTags(db, change.commentId, change);
      return (await commentsByIds(db, [change.commentId]))[0] ?? null;
    },
  };

  return { handlers, captureAndStore, resume: () => tagPending() };
}

import { describe, expect, test } from 'vitest';
import { drainQueue, singleFlight, type QueueStore } from '../../../../lib/worker/run-queue';
import type { CommentAnalysis } from '../../../../lib/types';

type C = { id: string; text: string };

function analysisOf(text: string): CommentAnalysis {
  return { lang: 'en', sentiment: { score: 0, label: 'neutral' }, sentences: [], themes: [], engine: 'test', taxonomyVersion: `t@${text.length}` };
}

/** An in-memory queue with the same contract as the database: saved comments stop being pending. */
function memoryStore(ids: string[]) {
  const pending = new Map(ids.map((id) => [id, { id, text: `text ${id}` }]));
  const saved: string[] = [];
  const failed: string[] = [];
  const store: QueueStore<C> = {
    pendingBatch: async (n) => [...pending.values()].slice(0, n),
    saveAnalyses: async (results) => {
      for (const r of results) {
        saved.push(r.commentId);
        pending.delete(r.commentId);
      }
    },
    markFailed: async (id) => {
      failed.push(id);
      pending.delete(id);
    },
  };
  return { store, pending, saved, failed };
}

describe('drainQueue', () => {
  test('tags every pending comment exactly once, in batches', async () => {
    const ids = Array.from({ length: 45 }, (_, i) => `c${i}`);
    const m = memoryStore(ids);
    const progress: number[] = [];
    const total = await drainQueue(m.store, (c) => analysisOf(c.text), { batchSize: 20, onBatch: (n) => progress.push(n) });
    expect(total).toBe(45);
    expect(m.saved.sort()).toEqual([...ids].sort());
    expect(progress).toEqual([20, 40, 45]);
  });

  test('a comment whose tagging throws is marked failed and the rest still get tagged', async () => {
    const m = memoryStore(['a', 'bad', 'c']);
    await drainQueue(m.store, (c) => {
      if (c.id === 'bad') throw new Error('boom');
      return analysisOf(c.text);
    });
    expect(m.saved.sort()).toEqual(['a', 'c']);
    expect(m.failed).toEqual(['bad']);
  });

  test('a worker killed while saving its second batch leaves that batch pending; the next run finishes it', async () => {
    const m = memoryStore(['a', 'b', 'c', 'd', 'e']);
    const realSave = m.store.saveAnalyses;
    let saves = 0;
    m.store.saveAnalyses = async (results) => {
      if (++saves === 2) throw new Error('worker stopped'); // the transaction never commits
      return realSave(results);
    };
    await expect(drainQueue(m.store, (c) => analysisOf(c.text), { batchSize: 2 })).rejects.toThrow('worker stopped');
    expect(m.saved).toEqual(['a', 'b']);
    expect([...m.pending.keys()]).toEqual(['c', 'd', 'e']);

    m.store.saveAnalyses = realSave; // the restarted worker
    await drainQueue(m.store, (c) => analysisOf(c.text), { batchSize: 2 });
    expect(m.saved).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(m.pending.size).toBe(0);
  });
});

describe('singleFlight', () => {
  test('runs one at a time and runs once more when asked while running', async () => {
    let runs = 0;
    let active = 0;
    let maxActive = 0;
    const run = singleFlight(async () => {
      runs++;
      active++;
      maxActive = Math.max(maxActive, active);
      await new Promise((r) => setTimeout(r, 5));
      active--;
    });
    await Promise.all([run(), run(), run()]);
    expect(maxActive).toBe(1);
    expect(runs).toBe(2);
  });
});

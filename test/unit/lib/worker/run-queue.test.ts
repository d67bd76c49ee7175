import { describe, expect, test } from 'vitest';
import { drainQueue, singleFlight, type BatchTagger } from '../../../../lib/worker/run-queue';

/** An in-memory queue with the database's contract: a batch is saved whole or stays pending. */
function memoryQueue(ids: string[], failing: string[] = []) {
  const pending = [...ids];
  const saved: string[] = [];
  const failed: string[] = [];
  let calls = 0;
  let killAt = 0;
  const tag: BatchTagger = async (limit) => {
    const batch = pending.slice(0, limit);
    if (++calls === killAt) throw new Error('worker stopped'); // the transaction never commits
    pending.splice(0, batch.length);
    for (const id of batch) (failing.includes(id) ? failed : saved).push(id);
    return { taken: batch.length, saved: batch.filter((id) => !failing.includes(id)).length, failed: batch.filter((id) => failing.includes(id)).length };
  };
  return { tag, pending, saved, failed, killOnCall: (n: number) => { calls = 0; killAt = n; } };
}

describe('drainQueue', () => {
  test('tags every pending comment exactly once, in batches, reporting the running count', async () => {
    const ids = Array.from({ length: 45 }, (_, i) => `c${i}`);
    const q = memoryQueue(ids);
    const progress: number[] = [];
    expect(await drainQueue(q.tag, { batchSize: 20, onBatch: (n) => progress.push(n) })).toBe(45);
    expect(q.saved).toEqual(ids);
    expect(progress).toEqual([20, 40, 45]);
  });

  test('failed comments leave the queue and are not counted as tagged', async () => {
    const q = memoryQueue(['a', 'bad', 'c'], ['bad']);
    expect(await drainQueue(q.tag)).toBe(2);
    expect(q.failed).toEqual(['bad']);
  });

  test('a worker killed during its second batch leaves that batch pending; the next run finishes it', async () => {
    const q = memoryQueue(['a', 'b', 'c', 'd', 'e']);
    q.killOnCall(2);
    await expect(drainQueue(q.tag, { batchSize: 2 })).rejects.toThrow('worker stopped');
    expect(q.saved).toEqual(['a', 'b']);
    expect(q.pending).toEqual(['c', 'd', 'e']);
    q.killOnCall(0); // the restarted worker
    expect(await drainQueue(q.tag, { batchSize: 2 })).toBe(3);
    expect(q.saved).toEqual(['a', 'b', 'c', 'd', 'e']);
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

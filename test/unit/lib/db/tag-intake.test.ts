import { describe, expect, test } from 'vitest';
import { storeCaptured } from '../../../../lib/db/capture';
import { CHUNK } from '../../../../lib/db/intake';
import { queueStats, saveAnalyses, tagIntake } from '../../../../lib/db/queue';
import { readSummary } from '../../../../lib/db/read';
import { setTags } from '../../../../lib/db/tags';
import { rebuildAggregates } from '../../../../lib/db/rebuild';
import type { VerbatimDb } from '../../../../lib/db/schema';
import { analysis, captured, freshDb, stars, toScore } from './helpers';

const SRC = { url: 'https://www.trustpilot.com/review/example.com', title: 'Example', site: 'trustpilot' };
const N = 2 * CHUNK + 200;
// Spread over 20 days, so that every batch touches many aggregate rows of each kind.
const reviews = Array.from({ length: N }, (_, i) => captured(`Review ${i}`, {
  externalId: `r${i}`, rating: stars(1 + (i % 5)), date: `2026-01-${String(1 + (i % 20)).padStart(2, '0')}`,
}));
const OTHERS: [string, number][] = [['price', -0.5], ['staff', 0.25], ['food.pizza', 0.75]];
/** Every comment mentions delivery; one in three, five or seven also another theme. */
const tagAll = (c?: { text: string }) => {
  const i = Number(c?.text.slice(7) ?? 0);
  return analysis(0.5, [['delivery', 0.5], ...OTHERS.filter((_, k) => i % (3 + 2 * k) === 0)]);
};

async function captured3Chunks(): Promise<VerbatimDb> {
  const { db } = freshDb();
  await storeCaptured(db, reviews, SRC, toScore, 1000);
  return db;
}

/** The running aggregates equal a recount from the stored comments: nothing counted twice or missed. */
async function expectCountsExact(db: VerbatimDb): Promise<void> {
  const running = await db.aggregates.toArray();
  await rebuildAggregates(db);
  expect(await db.aggregates.toArray()).toEqual(running);
}

describe('tagIntake: the intake tagged chunk by chunk, analysis overlapping the writes', () => {
  test('every fresh comment is tagged and written once, with progress after each chunk', async () => {
    const db = await captured3Chunks();
    const progress: number[] = [];
    expect(await tagIntake(db, tagAll, (n) => progress.push(n))).toEqual({ taken: N, saved: N, failed: 0 });
    expect(progress).toEqual([CHUNK, 2 * CHUNK, N]);
    expect(await db.intake.count()).toBe(0);
    expect(await db.comments.count()).toBe(N);
    expect((await db.comments.toArray()).every((c) => c.status === 'done' && c.analysis?.engine === 'test-engine/1')).toBe(true);
    expect((await readSummary(db, 'all')).themes.find((t) => t.themeId === 'delivery')).toMatchObject({ promoters: N / 5, passives: N / 5, detractors: (3 * N) / 5 });
    await expectCountsExact(db);
  });

  test('two runs at once (a restarted worker racing the old one) write and count each comment once', async () => {
    const db = await captured3Chunks();
    const [a, b] = await Promise.all([tagIntake(db, tagAll), tagIntake(db, tagAll)]);
    expect(a.saved + b.saved).toBe(N);
    expect(await db.comments.count()).toBe(N);
    expect(await queueStats(db)).toEqual({ pending: 0, done: N, error: 0 });
    await expectCountsExact(db);
  });

  test('a worker stopped during the second chunk\'s write keeps what was saved, and the next run tags the rest once', async () => {
    const db = await captured3Chunks();
    let writes = 0;
    const stop = () => {
      if (++writes === CHUNK + 1) throw new Error('worker stopped');
    };
    db.comments.hook('creating', stop);
    await expect(tagIntake(db, tagAll)).rejects.toThrow('worker stopped');
    db.comments.hook('creating').unsubscribe(stop);
    // The stopped chunk is still waiting, whole; the chunks around it may have been saved.
    const stats = await queueStats(db);
    expect(stats.pending).toBeGreaterThanOrEqual(CHUNK);
    expect(stats.done).toBe(await db.comments.count());
    expect(stats.pending + stats.done).toBe(N);
    expect(await tagIntake(db, tagAll)).toMatchObject({ saved: stats.pending });
    expect(await db.comments.count()).toBe(N);
    await expectCountsExact(db);
  });

  test('a chunk changed between its reading and its write is not written; what is left of it is read again', async () => {
    const db = await captured3Chunks();
    const [, second] = await db.intake.toArray();
    const moved = second!.comments[7]!.id;
    let saving: Promise<number> | null = null;
    let calls = 0;
    // While the first chunk is analysed, an analysis for a comment of the second is saved
    // elsewhere, which takes that comment out of its chunk.
    const analyze = () => {
      calls++;
      saving ??= saveAnalyses(db, [{ commentId: moved, analysis: analysis(-0.5, [['price', -0.5]]) }]);
      return tagAll();
    };
    expect(await tagIntake(db, analyze)).toMatchObject({ saved: N - 1 });
    // The second chunk was analysed as read, found changed, and its 499 analysed again.
    expect(calls).toBe(N + CHUNK - 1);
    expect(await saving).toBe(1);
    expect(await db.comments.count()).toBe(N);
    expect((await db.comments.get(moved))!.themeIds).toEqual(['price']);
    await expectCountsExact(db);
  });

  test('a comment whose analysis throws is kept as failed with the reason; the rest of its chunk is saved', async () => {
    const db = await captured3Chunks();
    const analyze = (c: { text: string }) => {
      if (c.text === 'Review 3') throw new Error('engine crashed');
      return tagAll();
    };
    expect(await tagIntake(db, analyze)).toEqual({ taken: N, saved: N - 1, failed: 1 });
    expect((await db.comments.toArray()).find((c) => c.text === 'Review 3')).toMatchObject({ status: 'error', error: 'engine crashed' });
    expect(await queueStats(db)).toEqual({ pending: 0, done: N - 1, error: 1 });
    await expectCountsExact(db);
  });

  test('chunks handed over by the capture that stored them are tagged as they are, and never twice', async () => {
    const { db } = freshDb();
    const { chunks } = await storeCaptured(db, reviews, SRC, toScore, 1000);
    expect(chunks.map((c) => c.n)).toEqual([CHUNK, CHUNK, 200]);
    expect(await tagIntake(db, tagAll, undefined, Date.now, chunks)).toMatchObject({ saved: N });
    // Handed over again (a stale hand-over): every chunk is found gone, nothing is written.
    expect(await tagIntake(db, tagAll, undefined, Date.now, chunks)).toEqual({ taken: 0, saved: 0, failed: 0 });
    expect(await db.comments.count()).toBe(N);
    await expectCountsExact(db);
  });

  test('an agent\'s correction made while the comment waited wins, in the comment and in the counts', async () => {
    const { db } = freshDb();
    const { ids } = await storeCaptured(db, reviews, SRC, toScore, 1000);
    await setTags(db, ids[1]!, { kind: 'add-theme', themeId: 'staff', label: 'Staff' });
    await setTags(db, ids[CHUNK + 2]!, { kind: 'remove-theme', themeId: 'delivery' });
    expect(await tagIntake(db, tagAll)).toMatchObject({ saved: N });
    expect((await db.comments.get(ids[1]!))!.themeIds).toEqual(['delivery', 'staff']);
    expect((await db.comments.get(ids[CHUNK + 2]!))!.themeIds).toEqual(['food', 'food.pizza']); // delivery removed by hand
    await expectCountsExact(db);
    const delivery = (await readSummary(db, 'all')).themes.find((t) => t.themeId === 'delivery')!;
    expect(delivery.promoters + delivery.passives + delivery.detractors).toBe(N - 1);
  });
});

import { describe, expect, test } from 'vitest';
import { storeCaptured } from '../../../../lib/db/capture';
import { markRetag, pendingBatch, saveAnalyses } from '../../../../lib/db/queue';
import { commentsByIds, readSummary } from '../../../../lib/db/read';
import { setTags } from '../../../../lib/db/tags';
import { InputError } from '../../../../lib/errors';
import { analysis, captured, freshDb, stars, toScore } from './helpers';

const SRC = { url: 'https://www.trustpilot.com/review/example.com', title: 'Example', site: 'trustpilot' };

async function analysedPair() {
  const { db } = freshDb();
  const { ids } = await storeCaptured(db, [
    captured('Pizza was great, delivery slow', { rating: stars(5) }),
    captured('Delivery never came', { rating: stars(1) }),
  ], SRC, toScore);
  await saveAnalyses(db, [
    { commentId: ids[0], analysis: analysis(0.25, [['food.pizza', 0.75], ['delivery', -0.5]], 'Restaurant@1') },
    { commentId: ids[1], analysis: analysis(-0.75, [['delivery', -0.75]], 'Restaurant@1') },
  ]);
  return { db, ids };
}

function theme(summary: Awaited<ReturnType<typeof readSummary>>, id: string) {
  return summary.themes.find((t) => t.themeId === id);
}

describe('manual corrections', () => {
  test('removing an automatic theme takes the comment out of its counts at once', async () => {
    const { db, ids } = await analysedPair();
    await setTags(db, ids[0], { kind: 'remove-theme', themeId: 'delivery' });
    const s = await readSummary(db, 'all');
    expect(theme(s, 'delivery')).toMatchObject({ promoters: 0, detractors: 1, sentimentSum: -0.75, sentimentN: 1 });
    expect((await db.comments.get(ids[0]))!.themeIds).toEqual(['food', 'food.pizza']);
  });

  test('an added theme is counted, with the comment sentiment', async () => {
    const { db, ids } = await analysedPair();
    await setTags(db, ids[1], { kind: 'add-theme', themeId: 'staff', label: 'Staff' });
    expect(theme(await readSummary(db, 'all'), 'staff')).toMatchObject({ detractors: 1, promoters: 0, sentimentSum: -0.75, sentimentN: 1 });
  });

  test('a sentiment override changes the comment sentiment in the aggregates', async () => {
    const { db, ids } = await analysedPair();
    await setTags(db, ids[0], { kind: 'set-sentiment', label: 'negative' });
    // Comment sentiments were 0.25 and −0.75; the override makes the first −0.5.
    expect((await readSummary(db, 'all')).sentiment).toEqual({ sum: -1.25, n: 2 });
    await setTags(db, ids[0], { kind: 'set-sentiment', label: null });
    expect((await readSummary(db, 'all')).sentiment).toEqual({ sum: -0.5, n: 2 });
    expect(await db.tags.count()).toBe(0);
  });

  test('corrections survive re-analysis with a changed taxonomy', async () => {
    const { db, ids } = await analysedPair();
    await setTags(db, ids[0], { kind: 'remove-theme', themeId: 'delivery' });
    await setTags(db, ids[0], { kind: 'add-theme', themeId: 'staff', label: 'Staff' });
    await setTags(db, ids[0], { kind: 'set-sentiment', label: 'positive' });

    expect(await markRetag(db, 'Restaurant@2')).toBe(2);
    const batch = await pendingBatch(db, 10);
    // The new taxonomy finds delivery again (and a new theme) in the first comment.
    await saveAnalyses(db, batch.map((c) => ({
      commentId: c.id,
      analysis: c.id === ids[0]
        ? analysis(-0.25, [['delivery.speed', -0.5], ['food', 0.5]], 'Restaurant@2')
        : analysis(-0.75, [['delivery.speed', -0.75]], 'Restaurant@2'),
    })));

    const [view] = await commentsByIds(db, [ids[0]]);
    expect(view!.analysis!.themes.map((t) => [t.themeId, t.manual])).toEqual([['food', false], ['staff', true]]);
    expect(view!.analysis!.sentiment).toEqual({ score: 0.5, label: 'positive' });
    expect(view!.analysis!.automaticSentiment.label).toBe('negative');
    expect(view!.analysis!.taxonomyVersion).toBe('Restaurant@2');

    const s = await readSummary(db, 'all');
    expect(theme(s, 'delivery')).toMatchObject({ promoters: 0, detractors: 1 });
    expect(theme(s, 'delivery.speed')).toMatchObject({ promoters: 0, detractors: 1 });
    expect(theme(s, 'food.pizza')).toBeUndefined();
    expect(theme(s, 'staff')).toMatchObject({ promoters: 1, sentimentSum: 0.5 });
  });

  test('a correction on a comment not analysed yet applies when its analysis arrives', async () => {
    const { db } = freshDb();
    const { ids } = await storeCaptured(db, [captured('Ok', { rating: stars(3) })], SRC, toScore);
    await setTags(db, ids[0], { kind: 'add-theme', themeId: 'price', label: 'Price' });
    expect((await readSummary(db, 'all')).themes).toEqual([]);
    await saveAnalyses(db, [{ commentId: ids[0], analysis: analysis(0, []) }]);
    expect(theme(await readSummary(db, 'all'), 'price')).toMatchObject({ detractors: 1 });
  });

  test('follow-ups do not change any count', async () => {
    const { db, ids } = await analysedPair();
    const before = await readSummary(db, 'all');
    const t = await setTags(db, ids[1], { kind: 'set-follow-up', state: 'open', note: 'Refund?' }, 42);
    expect(t!.followUp).toEqual({ state: 'open', note: 'Refund?', updatedAt: 42 });
    expect(await readSummary(db, 'all')).toEqual(before);
  });

  test('an unknown comment is an InputError, and nothing is written', async () => {
    const { db } = await analysedPair();
    await expect(setTags(db, 'nope', { kind: 'set-sentiment', label: 'positive' })).rejects.toBeInstanceOf(InputError);
    expect(await db.tags.count()).toBe(0);
  });
});

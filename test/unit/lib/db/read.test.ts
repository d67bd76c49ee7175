import { describe, expect, test } from 'vitest';
import { storeCaptured } from '../../../../lib/db/capture';
import { sourceId } from '../../../../lib/db/ids';
import { saveAnalyses } from '../../../../lib/db/queue';
import {
  commentsByIds, commentsForExport, exampleComments, nextFollowUp, pageComments, readDaily, readSummary,
} from '../../../../lib/db/read';
import { setTags } from '../../../../lib/db/tags';
import { analysis, captured, freshDb, stars, toScore } from './helpers';

const TP = 'https://www.trustpilot.com/review/shop.com';
const YELP = 'https://www.yelp.com/biz/shop';

/** Six reviews over two sites; stars 5,4,1 on Trustpilot, 5,2,none on Yelp. */
async function shop() {
  const { db } = freshDb();
  const tp = await storeCaptured(db, [
    captured('tp promoter', { rating: stars(5), url: TP }),
    captured('tp passive', { rating: stars(4), url: TP }),
    captured('tp detractor', { rating: stars(1), url: TP }),
  ], { url: TP, title: 'Shop on Trustpilot', site: 'trustpilot' }, toScore, 1000);
  const yelp = await storeCaptured(db, [
    captured('yelp promoter', { rating: stars(5), url: YELP, site: 'yelp' }),
    captured('yelp detractor', { rating: stars(2), url: YELP, site: 'yelp' }),
    captured('yelp unrated', { url: YELP, site: 'yelp' }),
  ], { url: YELP, title: 'Shop on Yelp', site: 'yelp' }, toScore, 2000);
  const ids = [...tp.ids, ...yelp.ids];
  // Every comment mentions price; the detractors and the passive also mention delivery.
  await saveAnalyses(db, ids.map((id, i) => ({
    commentId: id,
    analysis: analysis(0, [['price', 0], ...([1, 2, 4].includes(i) ? [['delivery', -0.5] as [string, number]] : [])]),
  })));
  return { db, ids };
}

describe('reading', () => {
  test('readSummary gives each scope its own counts', async () => {
    const { db } = await shop();
    const all = await readSummary(db, 'all');
    expect(all.overall).toEqual({ promoters: 2, passives: 1, detractors: 2, unrated: 1 });
    // All five rated comments are star ratings mapped to segments: the scope's NPS is NPS-like.
    expect(all.mapped).toBe(5);
    expect((await readSummary(db, 'site:yelp.com')).mapped).toBe(2);
    expect(all.themes.find((t) => t.themeId === 'delivery')).toEqual({
      themeId: 'delivery', promoters: 0, passives: 1, detractors: 2, unrated: 0, sentimentSum: -1.5, sentimentN: 3,
    });
    expect((await readSummary(db, 'site:yelp.com')).overall).toEqual({ promoters: 1, passives: 0, detractors: 1, unrated: 1 });
    expect((await readSummary(db, `source:${sourceId(TP)}`)).overall).toEqual({ promoters: 1, passives: 1, detractors: 1, unrated: 0 });
    expect(await readSummary(db, 'site:nowhere.com')).toEqual({
      overall: { promoters: 0, passives: 0, detractors: 0, unrated: 0 }, mapped: 0, sentiment: { sum: 0, n: 0 }, themes: [],
    });
  });

  test('exampleComments prefers a promoter and a detractor, within the scope', async () => {
    const { db } = await shop();
    const price = await exampleComments(db, 'price', 'all');
    expect(price.map((v) => v.comment.segment)).toEqual(['promoter', 'detractor']);
    const yelp = await exampleComments(db, 'price', 'site:yelp.com', 3);
    expect(yelp.map((v) => v.comment.text).sort()).toEqual(['yelp detractor', 'yelp promoter', 'yelp unrated']);
    // Delivery has no promoter: a detractor, then whatever else mentions it.
    const delivery = await exampleComments(db, 'delivery', 'all', 3);
    expect(delivery.map((v) => v.comment.segment).sort()).toEqual(['detractor', 'detractor', 'passive']);
    expect(delivery[0].comment.segment).toBe('detractor');
    expect(delivery.every((v) => v.analysis!.themes.some((t) => t.themeId === 'delivery'))).toBe(true);
  });

  test('exampleComments follows corrections', async () => {
    const { db, ids } = await shop();
    await setTags(db, ids[3], { kind: 'add-theme', themeId: 'delivery.speed', label: 'Speed' });
    const ex = await exampleComments(db, 'delivery', 'all');
    expect(ex.map((v) => v.comment.text)).toContain('yelp promoter');
  });

  test('pageComments pages a scope newest first, with its total from the aggregates', async () => {
    const { db } = await shop();
    const first = await pageComments(db, { scope: 'all', offset: 0, limit: 4 });
    expect(first.total).toBe(6);
    expect(first.comments.slice(0, 3).map((v) => v.comment.capturedAt)).toEqual([2000, 2000, 2000]);
    expect(first.comments[3].comment.capturedAt).toBe(1000);
    const second = await pageComments(db, { scope: 'all', offset: 4, limit: 4 });
    expect(second.comments).toHaveLength(2);
    const seen = [...first.comments, ...second.comments].map((v) => v.comment.id);
    expect(new Set(seen).size).toBe(6);
    const tp = await pageComments(db, { scope: `source:${sourceId(TP)}`, offset: 0, limit: 10 });
    expect(tp.total).toBe(3);
    expect(tp.comments.map((v) => v.comment.text).sort()).toEqual(['tp detractor', 'tp passive', 'tp promoter']);
    expect((await pageComments(db, { scope: 'site:yelp.com', offset: 1, limit: 10 })).comments).toHaveLength(2);
  });

  test('commentsForExport yields every comment of the scope once, in chunks, with corrected analyses', async () => {
    const { db, ids } = await shop();
    await setTags(db, ids[0], { kind: 'remove-theme', themeId: 'price' });
    const chunks: string[][] = [];
    for await (const chunk of commentsForExport(db, 'all', 4)) chunks.push(chunk.map((v) => v.comment.id));
    expect(chunks.map((c) => c.length)).toEqual([4, 2]);
    expect(chunks.flat().sort()).toEqual([...ids].sort());
    const yelp: string[] = [];
    for await (const chunk of commentsForExport(db, 'site:yelp.com')) {
      for (const v of chunk) yelp.push(v.comment.text);
    }
    expect(yelp.sort()).toEqual(['yelp detractor', 'yelp promoter', 'yelp unrated']);
    for await (const chunk of commentsForExport(db, `source:${sourceId(TP)}`)) {
      const first = chunk.find((v) => v.comment.id === ids[0])!;
      expect(first.analysis!.themes).toEqual([]);
      expect(first.tags!.removedThemes).toEqual(['price']);
    }
  });

  test('commentsByIds answers in the order asked, undefined for unknown ids', async () => {
    const { db, ids } = await shop();
    const views = await commentsByIds(db, [ids[2], 'unknown', ids[0]]);
    expect(views.map((v) => v?.comment.text)).toEqual(['tp detractor', undefined, 'tp promoter']);
    expect(views[0]!.analysis!.themes.map((t) => t.themeId)).toEqual(['price', 'delivery']);
  });

  test('an overlay on a big page gets its comments through the page\'s source, with those from elsewhere and those still waiting', async () => {
    const { db, ids } = await shop();
    const page = 'https://www.trustpilot.com/review/big.com';
    const big = await storeCaptured(db, Array.from({ length: 600 }, (_, i) => captured(`big ${i}`, { rating: stars(5), url: page })),
      { url: page, title: 'Big', site: 'trustpilot' }, toScore, 3000);
    await saveAnalyses(db, big.ids.slice(0, 590).map((id) => ({ commentId: id, analysis: analysis(0.5, [['staff', 0.5]]) })));
    await setTags(db, big.ids[3]!, { kind: 'set-follow-up', state: 'open' });
    // The page also shows a review first captured on another page, and one nobody captured.
    const asked = [...big.ids, ids[0]!, 'unknown'];
    const views = await commentsByIds(db, asked, sourceId(page));
    expect(views).toHaveLength(602);
    expect(views.slice(0, 600).every((v, i) => v?.comment.id === big.ids[i])).toBe(true);
    expect(views[0]!.analysis!.themes.map((t) => t.themeId)).toEqual(['staff']);
    expect(views[595]).toMatchObject({ comment: { status: 'pending' }, analysis: null });
    expect(views[3]!.tags!.followUp!.state).toBe('open');
    expect(views[600]!.comment.text).toBe('tp promoter');
    expect(views[601]).toBeUndefined();
    // The same answer without the hint, one lookup per id.
    expect(await commentsByIds(db, asked)).toEqual(views);
  });

  test('readDaily counts dated comments per day of writing, in a day range', async () => {
    const { db } = freshDb();
    await storeCaptured(db, [
      captured('a', { rating: stars(5), date: '2026-01-05' }),
      captured('b', { rating: stars(1), date: '2026-01-05T23:30:00-05:00' }), // the 5th where it was written
      captured('c', { rating: stars(4), date: '2026-01-07T08:00:00Z' }),
      captured('d', { rating: stars(5), date: '2025-12-31' }),
      captured('e', { rating: stars(5), date: null }),
    ], { url: TP, title: '', site: 'trustpilot' }, toScore);
    const days = await readDaily(db);
    expect(days.map((d) => [d.day, d.counts.promoters, d.counts.passives, d.counts.detractors])).toEqual([
      ['2025-12-31', 1, 0, 0], ['2026-01-05', 1, 0, 1], ['2026-01-07', 0, 1, 0],
    ]);
    expect((await readDaily(db, { from: '2026-01-01', to: '2026-01-05' })).map((d) => d.day)).toEqual(['2026-01-05']);
    expect((await readDaily(db, { from: '2026-01-06' })).map((d) => d.day)).toEqual(['2026-01-07']);
  });

  test('nextFollowUp walks the open follow-ups and wraps round', async () => {
    const { db, ids } = await shop();
    expect(await nextFollowUp(db)).toBeUndefined();
    const open = [ids[1], ids[4]].sort();
    for (const id of open) await setTags(db, id, { kind: 'set-follow-up', state: 'open', note: 'call' });
    await setTags(db, ids[2], { kind: 'set-follow-up', state: 'done' });
    expect((await nextFollowUp(db))!.comment.id).toBe(open[0]);
    expect((await nextFollowUp(db, open[0]))!.comment.id).toBe(open[1]);
    expect((await nextFollowUp(db, open[1]))!.comment.id).toBe(open[0]);
    await setTags(db, open[0], { kind: 'set-follow-up', state: 'done' });
    expect((await nextFollowUp(db, open[1]))!.comment.id).toBe(open[1]);
    expect((await nextFollowUp(db))!.tags!.followUp).toMatchObject({ state: 'open', note: 'call' });
  });
});

import { describe, expect, test } from 'vitest';
import { storeCaptured } from '../../../../lib/db/capture';
import { markRetag, pendingBatch, saveAnalyses } from '../../../../lib/db/queue';
import { rebuildAggregates } from '../../../../lib/db/rebuild';
import type { AggregateRecord } from '../../../../lib/db/records';
import type { VerbatimDb } from '../../../../lib/db/schema';
import { setTags } from '../../../../lib/db/tags';
import { applyCorrections } from '../../../../lib/tags/apply';
import type { TagChange } from '../../../../lib/tags/types';
import type { CapturedComment } from '../../../../lib/types';
import { analysis, captured, freshDb, stars, storedComments, toScore } from './helpers';

/** mulberry32: a seeded generator, so a failure can be replayed. */
function rng(seed: number) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const THEMES = ['food', 'food.pizza', 'food.pasta', 'delivery', 'delivery.speed', 'price', 'staff'];
const PAGES = [
  'https://www.trustpilot.com/review/a.com?page=1', 'https://www.trustpilot.com/review/a.com?page=2',
  'https://www.yelp.com/biz/a',
];

/**
 * The aggregates as a slow, plain recomputation over every comment would give them:
 * written out here on its own, not with the module's helpers, so it checks them.
 */
async function recomputed(db: VerbatimDb): Promise<Map<string, AggregateRecord>> {
  const out = new Map<string, AggregateRecord>();
  const field = { promoter: 'promoters', passive: 'passives', detractor: 'detractors', unrated: 'unrated' } as const;
  const add = (scope: string, themeId: string, segment: keyof typeof field, s: number | null, mapped = false) => {
    const key = `${scope}|${themeId}`;
    const r: AggregateRecord = out.get(key) ?? { scope, themeId, promoters: 0, passives: 0, detractors: 0, unrated: 0, sentimentSum: 0, sentimentN: 0 };
    r[field[segment]] += 1;
    if (mapped) r.mapped = (r.mapped ?? 0) + 1;
    if (s !== null) { r.sentimentSum += s; r.sentimentN += 1; }
    out.set(key, r);
  };
  for (const c of await storedComments(db)) {
    const eff = c.analysis ? applyCorrections(c.analysis, await db.tags.get(c.id)) : null;
    // Days by hand: the date part of a valid ISO date, nothing otherwise.
    const day = { '2026-01-05': '2026-01-05', '2026-01-05T23:30:00+02:00': '2026-01-05', '2026-01-06': '2026-01-06' }[c.date ?? ''];
    // Rated on a scale other than 0–10 (stars): counted as mapped in the '*' rows.
    const mapped = c.segment !== 'unrated' && !!c.rating && !(c.rating.min === 0 && c.rating.max === 10);
    if (day) add(`day:${day}`, '*', c.segment, eff ? eff.sentiment.score : null, mapped);
    for (const scope of ['all', `site:${c.host}`, `source:${c.sourceId}`]) {
      add(scope, '*', c.segment, eff ? eff.sentiment.score : null, mapped);
      if (!eff) continue;
      const counted = new Set<string>();
      for (const t of eff.themes) {
        const parts = t.themeId.split('.');
        for (let i = 1; i <= parts.length; i++) counted.add(parts.slice(0, i).join('.'));
      }
      for (const id of counted) {
        const under = eff.themes.filter((t) => t.themeId === id || t.themeId.startsWith(id + '.'));
        add(scope, id, c.segment, under.reduce((s, t) => s + t.sentiment.score, 0) / under.length);
      }
    }
  }
  return out;
}

async function stored(db: VerbatimDb): Promise<Map<string, AggregateRecord>> {
  return new Map((await db.aggregates.toArray()).map((r) => [`${r.scope}|${r.themeId}`, r]));
}

function expectSame(actual: Map<string, AggregateRecord>, expected: Map<string, AggregateRecord>) {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [key, e] of expected) {
    const a = actual.get(key)!;
    expect({ ...a, sentimentSum: 0 }, key).toEqual({ ...e, sentimentSum: 0 });
    expect(a.sentimentSum, key).toBeCloseTo(e.sentimentSum, 4);
  }
}

describe('running aggregates', () => {
  test.each([1, 2, 3])('equal a full recomputation after random captures, analyses, re-saves and corrections (seed %i)', async (seed) => {
    const rand = rng(seed);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
    const { db } = freshDb();
    const pool: CapturedComment[] = Array.from({ length: 40 }, (_, i) => captured(`comment ${i}`, {
      rating: rand() < 0.15 ? null : stars(1 + Math.floor(rand() * 5)),
      date: pick([null, 'not a date', '2026-02-30', '2026-01-05', '2026-01-05T23:30:00+02:00', '2026-01-06']),
      url: pick(PAGES),
    }));
    const fakeAnalysis = (version: string) => analysis(
      Math.round((rand() * 2 - 1) * 1000) / 1000,
      THEMES.filter(() => rand() < 0.3).map((t) => [t, Math.round((rand() * 2 - 1) * 1000) / 1000] as [string, number]),
      version,
    );
    let version = 'T@1';
    let lastSaved: Parameters<typeof saveAnalyses>[1] = [];
    for (let step = 0; step < 40; step++) {
      const op = rand();
      if (op < 0.3) {
        const page = pick(PAGES);
        const some = pool.filter(() => rand() < 0.3).map((c) => ({ ...c, url: page }));
        await storeCaptured(db, some, { url: page, title: 'p', site: 'x' }, toScore, step);
      } else if (op < 0.55) {
        const batch = await pendingBatch(db, 1 + Math.floor(rand() * 8));
        lastSaved = batch.map((c) => ({ commentId: c.id, analysis: fakeAnalysis(version) }));
        await saveAnalyses(db, lastSaved);
      } else if (op < 0.65) {
        await saveAnalyses(db, lastSaved); // a worker re-running a batch it already saved
      } else if (op < 0.9) {
        const ids = (await storedComments(db)).map((c) => c.id);
        if (ids.length === 0) continue;
        const changes: TagChange[] = [
          { kind: 'add-theme', themeId: pick(THEMES), label: 'x' },
          { kind: 'remove-theme', themeId: pick(THEMES) },
          { kind: 'set-sentiment', label: pick(['positive', 'neutral', 'negative', null] as const) },
          { kind: 'set-follow-up', state: 'open' },
        ];
        await setTags(db, pick(ids), pick(changes));
      } else {
        version = `T@${step}`;
        await markRetag(db, version);
      }
    }
    const expected = await recomputed(db);
    expect(expected.size).toBeGreaterThan(10);
    expectSame(await stored(db), expected);
    await rebuildAggregates(db);
    expectSame(await stored(db), expected);
  });

  test('rows that fall to zero are removed, not kept as empty rows', async () => {
    const { db } = freshDb();
    const { ids } = await storeCaptured(db, [captured('x', { rating: stars(5) })], { url: PAGES[0], title: '', site: 'x' }, toScore);
    await saveAnalyses(db, [{ commentId: ids[0], analysis: analysis(0.3, [['price', 0.3]]) }]);
    await setTags(db, ids[0], { kind: 'remove-theme', themeId: 'price' });
    expect((await db.aggregates.toArray()).map((r) => r.themeId)).toEqual(['*', '*', '*']);
  });
});

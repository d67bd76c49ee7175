import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { storeCaptured, type ToScore } from '../../lib/db/capture';
import { tagIntake } from '../../lib/db/queue';
import { pageComments, readSummary } from '../../lib/db/read';
import { createDb } from '../../lib/db/schema';
import type { CapturedComment, CommentAnalysis } from '../../lib/types';

const N = 10_000;
const PAGE = 500;
const THEMES = ['food', 'food.pizza', 'food.pasta', 'delivery', 'delivery.speed', 'price', 'staff', 'app', 'app.login', 'refund'];

const toScore: ToScore = (r) => {
  if (!r) return { score: null, segment: 'unrated' };
  const score = ((r.value - r.min) / (r.max - r.min)) * 10;
  return { score, segment: score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor' };
};

function fakeAnalysis(i: number): CommentAnalysis {
  const s = ((i * 37) % 21) / 10 - 1;
  const label = s > 0.05 ? 'positive' : s < -0.05 ? 'negative' : 'neutral';
  return {
    lang: 'en', sentiment: { score: s, label }, sentences: [{ text: 'x', start: 0, end: 1, sentiment: { score: s, label } }],
    themes: [THEMES[i % THEMES.length], THEMES[(i * 7) % THEMES.length]].map((themeId) => ({ themeId, label: themeId, sentiment: { score: s, label }, evidence: [{ start: 0, end: 1 }] })),
    engine: 'bench/1', taxonomyVersion: 'Bench@1',
  };
}

/** Times the write path (capture, analysis save) and the summary read on fake-indexeddb. */
export async function bench(): Promise<void> {
  const db = createDb({ name: 'bench', indexedDB: new IDBFactory(), IDBKeyRange });
  const ms = (t0: number) => `${(performance.now() - t0).toFixed(1)} ms`;

  let t0 = performance.now();
  for (let p = 0; p < N / PAGE; p++) {
    const url = `https://www.trustpilot.com/review/shop${p % 5}.com?page=${p}`;
    const comments: CapturedComment[] = Array.from({ length: PAGE }, (_, j) => {
      const i = p * PAGE + j;
      return {
        text: `Comment number ${i} about pizza and delivery and the staff who served it.`, title: null, author: `user${i}`,
        date: '2026-01-01', rating: i % 9 === 0 ? null : { value: 1 + (i % 5), min: 1, max: 5 }, externalId: null, site: 'trustpilot', url,
      };
    });
    await storeCaptured(db, comments, { url, title: `Page ${p}`, site: 'trustpilot' }, toScore);
  }
  const store = ms(t0);

  t0 = performance.now();
  let analysed = 0;
  await tagIntake(db, () => fakeAnalysis(analysed++));
  const analyse = ms(t0);

  t0 = performance.now();
  const summary = await readSummary(db, 'all');
  const read = ms(t0);

  t0 = performance.now();
  await pageComments(db, { scope: 'all', offset: N / 2, limit: 50 });
  const page = ms(t0);

  console.log(`db bench (fake-indexeddb, ${N} comments): storeCaptured ${store} in pages of ${PAGE}; `
    + `tagIntake ${analyse} (the worker's queue for fresh captures); readSummary ${read} `
    + `(${summary.themes.length} theme rows, n=${Object.values(summary.overall).reduce((a, b) => a + b, 0)}); `
    + `pageComments 50 at offset ${N / 2} ${page}`);
  db.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await bench();

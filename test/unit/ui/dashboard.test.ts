import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, type Pinia } from 'pinia';
import { isProxy } from 'vue';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import App from '../../../entrypoints/dashboard/App.vue';
import { DASHBOARD_DB, DASHBOARD_SEND, useDashboardStore } from '../../../stores/dashboard';
import { createDb, saveAnalyses, setTags, storeCaptured, type VerbatimDb } from '../../../lib/db';
import { ratingToScore } from '../../../lib/nps';
import { storedComments } from '../lib/db/helpers';
import type { Send } from '../../../lib/messaging/client';
import type { CapturedComment, CommentAnalysis, SentimentLabel } from '../../../lib/types';

const TRUSTPILOT = 'https://www.trustpilot.com/review/example.com';
const G2 = 'https://www.g2.com/products/example/reviews';

function comment(text: string, over: Partial<CapturedComment> = {}): CapturedComment {
  return { text, title: null, author: null, date: null, rating: null, externalId: null, site: 'trustpilot', url: TRUSTPILOT, ...over };
}

function analysis(label: SentimentLabel, themes: string[] = []): CommentAnalysis {
  const score = label === 'positive' ? 0.6 : label === 'negative' ? -0.6 : 0;
  return {
    lang: 'en', sentiment: { score, label }, sentences: [],
    themes: themes.map((themeId) => ({ themeId, label: themeId, sentiment: { score, label }, evidence: [{ start: 0, end: 4 }] })),
    engine: 'test/1', taxonomyVersion: 'Test@1',
  };
}

/** 60 Trustpilot reviews on 1–5 stars (5★ promoter, 4★ passive, 2★ detractor: 20 each) and 3 unrated G2 reviews captured later. */
async function seed(db: VerbatimDb): Promise<string[]> {
  const stars = [5, 4, 2];
  const reviews = Array.from({ length: 60 }, (_, i) => comment(`Review number ${i} ${i === 7 ? 'the delivery was late' : 'fine'}`, {
    externalId: `tp-${i}`, date: `2024-0${1 + (i % 3)}-15`, rating: { value: stars[i % 3], min: 1, max: 5 },
  }));
  const { ids } = await storeCaptured(db, reviews, { url: TRUSTPILOT, title: 'Example on Trustpilot', site: 'trustpilot' }, ratingToScore, 1_000);
  await storeCaptured(db, [0, 1, 2].map((i) => comment(`G2 review ${i}`, { site: 'g2', url: G2, externalId: `g2-${i}` })),
    { url: G2, title: 'Example on G2', site: 'g2' }, ratingToScore, 2_000);
  // Review 2 (2★, a detractor) mentions price; review 5 too, and an agent corrected its sentiment.
  await saveAnalyses(db, [
    { commentId: ids[2], analysis: analysis('negative', ['price']) },
    { commentId: ids[5], analysis: analysis('negative', ['price']) },
    { commentId: ids[0], analysis: analysis('positive') },
  ]);
  await setTags(db, ids[5], { kind: 'set-sentiment', label: 'neutral' });
  return ids;
}

/** Stands in for the background: stores what capture.store carries, as its handler does. */
function backgroundFor(db: VerbatimDb): Send & { calls: number } {
  const send = (async (m: { type: string; data: unknown }) => {
    send.calls++;
    if (m.type === 'tags.set') {
      const d = m.data as { commentId: string; followUp: { state: 'open' | 'done' } | null };
      await setTags(db, d.commentId, d.followUp ? { kind: 'set-follow-up', state: d.followUp.state } : { kind: 'clear-follow-up' });
      return { ok: true, result: null };
    }
    if (m.type !== 'capture.store') return { ok: false, error: `unexpected ${m.type}` };
    const d = m.data as { url: string; title: string; site: string; comments: CapturedComment[] };
    const r = await storeCaptured(db, d.comments, d, ratingToScore);
    return { ok: true, result: { found: d.comments.length, added: r.added, known: r.known, method: 'csv', warnings: [], sourceId: null } };
  }) as Send & { calls: number };
  send.calls = 0;
  return send;
}

let db: VerbatimDb;
let wrapper: VueWrapper | null = null;
let pinia: Pinia;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
  db = createDb({ name: 'dashboard-test', indexedDB: new IDBFactory(), IDBKeyRange });
});

afterEach(() => {
  wrapper?.unmount();
  wrapper = null;
  db.close();
  vi.restoreAllMocks();
});

function mountDashboard(send: Send = backgroundFor(db)): VueWrapper {
  pinia = createPinia();
  wrapper = mount(App, { attachTo: document.body, global: { plugins: [pinia], provide: { [DASHBOARD_DB]: db, [DASHBOARD_SEND]: send } } });
  return wrapper;
}

const rows = (w: VueWrapper) => w.findAll('[data-testid="comment-row"]');
const rangeText = (w: VueWrapper) => w.get('[data-testid="page-range"]').text();

async function until(check: () => void): Promise<void> {
  await vi.waitFor(async () => {
    await flushPromises();
    check();
  }, { timeout: 5_000, interval: 20 });
}

describe('dashboard', () => {
  test('pages through the scope newest capture first, 50 at a time, with the total', async () => {
    await seed(db);
    const w = mountDashboard();
    await until(() => expect(rows(w)).toHaveLength(50));
    expect(rangeText(w)).toBe('1–50 of 63');
    // The G2 reviews were captured last, so they come first.
    expect(rows(w).slice(0, 3).map((r) => r.findAll('td')[1].text())).toEqual(['g2.com', 'g2.com', 'g2.com']);
    expect(w.get('[data-testid="page-prev"]').attributes('disabled')).toBeDefined();

    await w.get('[data-testid="page-next"]').trigger('click');
    await until(() => expect(rows(w)).toHaveLength(13));
    expect(rangeText(w)).toBe('51–63 of 63');
    expect(w.get('[data-testid="page-next"]').attributes('disabled')).toBeDefined();

    await w.get('[data-testid="page-prev"]').trigger('click');
    await until(() => expect(rows(w)).toHaveLength(50));
  });

  test('shows NPS with its margin of error and flags mapped star ratings as NPS-like', async () => {
    await seed(db);
    const w = mountDashboard();
    // 20 promoters, 20 passives, 20 detractors: NPS 0; var = (1/3 + 1/3 − 0)/60, so ±196·√(1/90) = ±20.7 → 21.
    await until(() => expect(w.get('[data-testid="dash-nps-score"]').text()).toBe('0'));
    expect(w.get('[data-testid="dash-nps-moe"]').text()).toBe('± 21');
    expect(w.get('[data-testid="dash-nps-n"]').text()).toBe('60 rated');
    await until(() => expect(w.find('[data-testid="dash-nps-like"]').exists()).toBe(true));
    expect(w.find('[data-testid="dash-small-sample"]').exists()).toBe(false);
  });

  test('draws the NPS trend by month from the dated comments', async () => {
    await seed(db);
    const w = mountDashboard();
    const store = useDashboardStore(pinia);
    // Review i is dated month 1 + i % 3 and rated [5, 4, 2][i % 3]: January all promoters, February all passives, March all detractors.
    await until(() => expect(store.trend?.points.map((p) => [p.key, p.summary.score, p.summary.n])).toEqual([
      ['2024-01', 100, 20], ['2024-02', 0, 20], ['2024-03', -100, 20],
    ]));
    expect(w.find('[data-testid="dash-trend"] canvas').exists()).toBe(true);
    expect(w.get('[data-testid="dash-trend"]').text()).toContain('3 comments without a date are not in the trend');
    expect(w.find('[data-testid="trend-computing"]').exists()).toBe(false);
    // Components reach the database through the store; behind a Vue proxy Dexie loses its
    // transactions in Chromium (exports and restore failed with PrematureCommitError).
    expect(isProxy(store.db)).toBe(false);
  });

  test('filters by segment, theme and text, and marks a corrected sentiment', async () => {
    const ids = await seed(db);
    const w = mountDashboard();
    await until(() => expect(rows(w)).toHaveLength(50));

    await w.get('[data-testid="filter-segment"]').setValue('detractor');
    await until(() => expect(rangeText(w)).toBe('1–20 of 20'));
    expect(rows(w).every((r) => r.findAll('td')[3].text() === 'detractor')).toBe(true);

    await w.get('[data-testid="filter-segment"]').setValue('');
    await w.get('[data-testid="filter-theme"]').setValue('price');
    await until(() => expect(rows(w)).toHaveLength(2));
    expect(rows(w).map((r) => r.attributes('data-id')).sort()).toEqual([ids[2], ids[5]].sort());
    const corrected = rows(w).find((r) => r.attributes('data-id') === ids[5])!;
    expect(corrected.get('[data-testid="cell-sentiment"]').text()).toContain('neutral');
    expect(corrected.find('[data-testid="corrected"]').exists()).toBe(true);
    const automatic = rows(w).find((r) => r.attributes('data-id') === ids[2])!;
    expect(automatic.find('[data-testid="corrected"]').exists()).toBe(false);

    await w.get('[data-testid="filter-clear"]').trigger('click');
    await w.get('[data-testid="filter-search"]').setValue('DELIVERY was');
    await until(() => expect(rows(w)).toHaveLength(1));
    expect(rows(w)[0].get('[data-testid="comment-text"]').text()).toBe('Review number 7 the delivery was late');
  });

  test('marks a follow-up through the background and filters on open follow-ups', async () => {
    await seed(db);
    const send = backgroundFor(db);
    const w = mountDashboard(send);
    await until(() => expect(rows(w)).toHaveLength(50));
    const target = rows(w)[4];
    const id = target.attributes('data-id');
    await target.get('[data-testid="followup-toggle"]').trigger('click');
    // The table is live: the background's write shows without a reload.
    await until(() => expect(w.get(`[data-id="${id}"]`).text()).toContain('open'));
    expect((await db.tags.get(id!))?.followUp?.state).toBe('open');

    await w.get('[data-testid="filter-followup"]').setValue(true);
    await until(() => expect(rows(w)).toHaveLength(1));
    expect(rows(w)[0].attributes('data-id')).toBe(id);
    expect(rangeText(w)).toBe('1–1 of 1');
  });

  test('a scope narrows the table and the header to one site', async () => {
    await seed(db);
    const w = mountDashboard();
    await until(() => expect(w.findAll('[data-testid="scope"] option').map((o) => o.text())).toContain('g2.com'));
    await w.get('[data-testid="scope"]').setValue('site:g2.com');
    await until(() => expect(rows(w)).toHaveLength(3));
    expect(rangeText(w)).toBe('1–3 of 3');
    await until(() => expect(w.get('[data-testid="dash-nps-score"]').text()).toBe('–'));
  });

  test('imports a SurveyMonkey export through the background and lists the new comments', async () => {
    const send = backgroundFor(db);
    const w = mountDashboard(send);
    const bytes = readFileSync('test/fixtures/csv/surveymonkey.csv');
    const input = w.get('[data-testid="import-file"]');
    Object.defineProperty(input.element, 'files', { value: [new File([bytes], 'surveymonkey.csv', { type: 'text/csv' })] });
    await input.trigger('change');
    await until(() => expect(w.find('[data-testid="import-preview"]').exists()).toBe(true));
    expect(send.calls).toBe(0);
    const preview = w.get('[data-testid="import-preview"]').text();
    expect(preview).toContain('Delimiter: comma');
    expect(preview).toContain('Scale: 0–10');

    await w.get('[data-testid="import-go"]').trigger('click');
    await until(() => expect(w.find('[data-testid="import-done"]').exists()).toBe(true));
    expect(send.calls).toBe(1);
    const stored = (await storedComments(db)).length;
    expect(stored).toBeGreaterThan(0);
    await until(() => expect(rows(w)).toHaveLength(stored));
  });

  test('an unreadable CSV or backup shows the reason and stores nothing', async () => {
    await seed(db);
    const send = backgroundFor(db);
    const w = mountDashboard(send);
    await until(() => expect(rows(w)).toHaveLength(50));

    const csv = w.get('[data-testid="import-file"]');
    Object.defineProperty(csv.element, 'files', { value: [new File(['Score,Comment\n'], 'empty.csv')] });
    await csv.trigger('change');
    await until(() => expect(w.get('[data-testid="import-error"]').text()).toBe('Import failed: empty.csv has a header but no rows'));
    expect(send.calls).toBe(0);

    const backup = w.get('[data-testid="backup-restore"]');
    Object.defineProperty(backup.element, 'files', { value: [new File(['{"format":"verbatim-backup","formatVersion":9}'], 'new.json')] });
    await backup.trigger('change');
    await until(() => expect(w.get('[data-testid="backup-error"]').text()).toContain('newer Verbatim'));
    expect(await storedComments(db)).toHaveLength(63);
  });
});

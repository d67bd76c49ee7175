import { describe, expect, test } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDb, commentId, commentsByIds, queueStats, readSummary, saveAnalyses, setTags, storeCaptured } from '../../../../lib/db';
import { createBackgroundService, type ServiceDeps } from '../../../../lib/worker/service';
import { builtinTaxonomy } from '../../../../lib/nlp/taxonomy/builtin';
import type { CapturedComment, CommentAnalysis } from '../../../../lib/types';

const page = 'https://www.trustpilot.com/review/shop.example';
const comment = (text: string, stars: number, id: string): CapturedComment => ({
  text, title: null, author: null, date: '2026-10-01', rating: { value: stars, min: 1, max: 5 }, externalId: id, site: 'trustpilot', url: page,
});

function fixture() {
  const db = createDb({ name: `svc-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
  const notified: number[] = [];
  const deps: ServiceDeps = {
    captureTab: async () => ({
      page: { url: page, title: 'Shop', site: 'trustpilot', comments: [comment('Delivery was fast and friendly.', 5, 'a'), comment('Far too expensive.', 1, 'b')] },
      method: 'site',
      warnings: [],
    }),
    advance: async () => ({ kind: 'end' }),
    navigate: async () => undefined,
    notifyTab: (tabId) => void notified.push(tabId),
    openDashboard: async () => undefined,
    sleep: async () => undefined,
  };
  return { db, notified, service: createBackgroundService(db, deps) };
}

describe('the background service', () => {
  test('a capture is stored pending, tagged, and the tab is told', async () => {
    const { db, notified, service } = fixture();
    const outcome = await service.captureAndStore(7);
    expect(outcome).toMatchObject({ found: 2, added: 2, known: 0, method: 'site' });
    await service.resume();
    expect(await queueStats(db)).toMatchObject({ pending: 0, done: 2 });
    expect(notified).toContain(7);
    const summary = await readSummary(db, 'all');
    expect(summary.overall).toMatchObject({ promoters: 1, detractors: 1 });
    expect(summary.themes.map((t) => t.themeId)).toEqual(expect.arrayContaining(['delivery', 'price']));
  });

  test('comments tagged with an older taxonomy are tagged again at start, and corrections survive', async () => {
    const { db, service } = fixture();
    const { ids } = await storeCaptured(db, [comment('Far too expensive.', 1, 'b')], { url: page, title: 'Shop', site: 'trustpilot' });
    const old: CommentAnalysis = {
      lang: 'en', sentiment: { score: 0, label: 'neutral' }, sentences: [], themes: [], engine: 'old', taxonomyVersion: `${builtinTaxonomy.name}@0`,
    };
    await saveAnalyses(db, [{ commentId: ids[0]!, analysis: old }]);
    await setTags(db, ids[0]!, { kind: 'add-theme', themeId: 'staff', label: 'Staff' });
    await service.resume();
    const [view] = await commentsByIds(db, ids);
    expect(view!.analysis!.taxonomyVersion).toBe(`${builtinTaxonomy.name}@${builtinTaxonomy.version}`);
    expect(view!.analysis!.sentiment.label).toBe('negative');
    expect(view!.analysis!.themes.map((t) => t.themeId)).toEqual(expect.arrayContaining(['price', 'staff']));
  });

  test('the overlay sees an agent\'s correction at once, and a content script cannot capture another tab', async () => {
    const { service } = fixture();
    const outcome = await service.captureAndStore(3);
    expect(outcome.added).toBe(2);
    await service.resume();
    const id = commentId(comment('Delivery was fast and friendly.', 5, 'a'));
    const [first] = await service.handlers['comments.lookup']({ ids: [id] }, {});
    expect(first!.segment).toBe('promoter');
    const updated = await service.handlers['tags.set']({ commentId: first!.id, sentiment: 'negative', followUp: { state: 'open', note: 'call back' } }, {});
    expect(updated).toMatchObject({ sentiment: { label: 'negative', manual: true }, followUp: { state: 'open', note: 'call back' } });
    await expect(service.handlers['capture.pages']({ tabId: 99, maxPages: 1, delayMs: 0 }, { kind: 'content' })).rejects.toThrow(/No tab/);
  });
});

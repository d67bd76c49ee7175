import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { markRetag, queueStats, tagPendingBatch } from '../../../../lib/db/queue';
import { exampleComments, nextFollowUp, readSummary } from '../../../../lib/db/read';
import type { AnalysisRecord, CommentRecord, TagsRecord } from '../../../../lib/db/records';
import { createDb, DB_VERSION, SCHEMA_HISTORY } from '../../../../lib/db/schema';
import { analysis, stars } from './helpers';

/** A database exactly as version `upTo` left it: every version up to it declared, none after. */
function olderVersion(factory: IDBFactory, name: string, upTo: number): Dexie {
  const db = new Dexie(name, { indexedDB: factory, IDBKeyRange });
  for (const v of SCHEMA_HISTORY.filter((x) => x.version <= upTo)) db.version(v.version).stores(v.stores);
  return db;
}

function comment(id: string, segment: CommentRecord['segment'], status: CommentRecord['status']): CommentRecord {
  return {
    id, sourceId: 's1', site: 'trustpilot', host: 'trustpilot.com', url: 'https://www.trustpilot.com/review/x',
    externalId: id, author: null, date: null, title: null, text: `text ${id}`, rating: stars(segment === 'promoter' ? 5 : 1),
    score: segment === 'promoter' ? 10 : 0, segment, lang: status === 'done' ? 'en' : null, status, capturedAt: 1000,
  };
}

describe('schema upgrade', () => {
  test('the schema history is numbered in order and the last is the current version', () => {
    expect(SCHEMA_HISTORY.map((v) => v.version)).toEqual(SCHEMA_HISTORY.map((_, i) => i + 1));
    expect(DB_VERSION).toBe(SCHEMA_HISTORY.length);
  });

  test(`a version 1 database opens at version ${DB_VERSION} with its data, aggregates and indexes`, async () => {
    const factory = new IDBFactory();
    const old = olderVersion(factory, 'upgrade-test', 1);
    const analyses: AnalysisRecord[] = [
      { ...analysis(0.5, [['food.pizza', 0.5]], 'Restaurant@1'), commentId: 'a', analyzedAt: 2000 },
      { ...analysis(-0.5, [['delivery', -0.5], ['food', -0.25]], 'Restaurant@2'), commentId: 'b', analyzedAt: 2000 },
    ];
    const tags: TagsRecord[] = [
      { commentId: 'b', addedThemes: [{ themeId: 'staff', label: 'Staff' }], removedThemes: ['food'], followUp: { state: 'open', updatedAt: 3000 }, updatedAt: 3000 },
    ];
    await old.table('comments').bulkAdd([comment('a', 'promoter', 'done'), comment('b', 'detractor', 'done'), comment('c', 'detractor', 'pending')]);
    await old.table('analyses').bulkAdd(analyses);
    await old.table('tags').bulkAdd(tags);
    old.close();

    const db = createDb({ name: 'upgrade-test', indexedDB: factory, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.comments.count()).toBe(3);

    // Aggregates built from what was there: a promoter with pizza (so food), a detractor with
    // delivery and staff (food removed by hand), a pending detractor counted in '*' only.
    const s = await readSummary(db, 'all');
    expect(s.overall).toEqual({ promoters: 1, passives: 0, detractors: 2, unrated: 0 });
    expect(s.sentiment).toEqual({ sum: 0, n: 2 });
    expect(s.themes.map((t) => [t.themeId, t.promoters, t.detractors]).sort()).toEqual([
      ['delivery', 0, 1], ['food', 1, 0], ['food.pizza', 1, 0], ['staff', 0, 1],
    ]);
    expect((await readSummary(db, 'site:trustpilot.com')).overall).toEqual(s.overall);

    // The new indexes answer.
    expect((await db.comments.get('b'))!.themeIds).toEqual(['delivery', 'staff']);
    expect((await db.comments.get('c'))!.themeIds).toBeUndefined();
    expect((await exampleComments(db, 'food', 'all')).map((v) => v.comment.id)).toEqual(['a']);
    expect((await nextFollowUp(db))!.comment.id).toBe('b');
    // A comment left pending in the comments table (not the intake) is still tagged from there.
    expect(await queueStats(db)).toEqual({ pending: 1, done: 2, error: 0 });
    expect(await tagPendingBatch(db, 10, () => analysis(-0.5, [['price', -0.5]], 'Restaurant@2'))).toMatchObject({ taken: 1, saved: 1 });
    expect((await db.comments.get('c'))!).toMatchObject({ status: 'done', themeIds: ['price'] });
    expect(await markRetag(db, 'Restaurant@2')).toBe(1);
    db.close();
  });

  test('a version 3 database keeps every analysis in its comment, and drops the analyses table', async () => {
    const factory = new IDBFactory();
    const old = olderVersion(factory, 'upgrade-v3', 3);
    const a: AnalysisRecord = { ...analysis(0.5, [['food.pizza', 0.5]], 'Restaurant@2'), commentId: 'a', analyzedAt: 2000 };
    const waiting = comment('w', 'detractor', 'pending');
    await old.table('comments').bulkAdd([{ ...comment('a', 'promoter', 'done'), themeIds: ['food', 'food.pizza'] }]);
    // An analysis restored for a comment that still waits in the intake (v3 allowed it).
    await old.table('analyses').bulkAdd([a, { ...a, commentId: 'w' }]);
    await old.table('intake').add({ seq: 1, n: 1, comments: [waiting] });
    old.close();

    const db = createDb({ name: 'upgrade-v3', indexedDB: factory, IDBKeyRange });
    await db.open();
    expect(db.tables.map((t) => t.name)).not.toContain('analyses');
    expect(db.backendDB().objectStoreNames.contains('analyses')).toBe(false);
    const { commentId: _id, ...embedded } = a;
    expect((await db.comments.get('a'))!).toMatchObject({ status: 'done', themeIds: ['food', 'food.pizza'], analysis: embedded });
    expect((await exampleComments(db, 'food.pizza', 'all'))[0]!.analysis!.themes.map((t) => t.themeId)).toEqual(['food.pizza']);
    // The waiting comment is tagged afresh from the intake, and its stray analysis is gone.
    expect(await db.comments.get('w')).toBeUndefined();
    expect(await queueStats(db)).toMatchObject({ pending: 1 });
    expect(await markRetag(db, 'Restaurant@2')).toBe(0);
    expect(await markRetag(db, 'Restaurant@3')).toBe(1);
    db.close();
  });
});

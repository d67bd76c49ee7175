import { describe, expect, test } from 'vitest';
import { storeCaptured } from '../../../../lib/db/capture';
import { saveAnalyses } from '../../../../lib/db/queue';
import { readSummary } from '../../../../lib/db/read';
import { setTags } from '../../../../lib/db/tags';
import { DB_VERSION, type VerbatimDb } from '../../../../lib/db/schema';
import { createBackup, restoreBackup } from '../../../../lib/export/backup';
import { InputError } from '../../../../lib/errors';
import { analysis, captured, freshDb, stars, storedComments, toScore } from '../db/helpers';
import { takeFromIntake } from '../../../../lib/db/intake';

const SRC = { url: 'https://www.trustpilot.com/review/shop.com', title: 'Shop', site: 'trustpilot' };

async function filled(): Promise<{ db: VerbatimDb; ids: string[] }> {
  const { db } = freshDb('source');
  const { ids } = await storeCaptured(db, [
    captured('Great pizza', { rating: stars(5), author: 'Ann' }),
    captured('Late again', { rating: stars(1), author: 'Bob' }),
    captured('Not analysed yet', { rating: stars(4) }),
  ], SRC, toScore, 1000);
  await saveAnalyses(db, [
    { commentId: ids[0], analysis: analysis(0.75, [['food.pizza', 0.75]]) },
    { commentId: ids[1], analysis: analysis(-0.5, [['delivery', -0.5]]) },
  ], 2000);
  await setTags(db, ids[1], { kind: 'add-theme', themeId: 'staff', label: 'Staff' }, 3000);
  await setTags(db, ids[1], { kind: 'set-follow-up', state: 'open', note: 'Refund' }, 3001);
  await db.themes.put({ id: 'staff', label: 'Staff', terms: ['waiter'], color: '#888', origin: 'user' });
  await db.recipes.put({ host: 'shop.com', item: '[data-review]' });
  return { db, ids };
}

async function snapshot(db: VerbatimDb) {
  // Comments with their analyses, which they hold.
  const [comments, tags, themes, recipes, sources, aggregates] = await Promise.all([
    storedComments(db), db.tags.toArray(), db.themes.toArray(),
    db.recipes.toArray(), db.sources.toArray(), db.aggregates.toArray(),
  ]);
  // Where a pending comment waits (the intake, or the comments table's queue) is not content.
  return { comments: comments.map(({ queued: _where, ...c }) => c), tags, themes, recipes, sources, aggregates };
}

describe('JSON backup', () => {
  test('round trip through JSON text gives the same database, aggregates rebuilt', async () => {
    const { db } = await filled();
    const backup = await createBackup(db, new Date('2026-01-02T03:04:05Z'));
    expect(backup).toMatchObject({ format: 'verbatim-backup', formatVersion: 1, dbVersion: DB_VERSION, exportedAt: '2026-01-02T03:04:05.000Z' });
    expect(backup.comments).toHaveLength(3);
    expect(backup.comments.some((c) => 'themeIds' in c)).toBe(false);

    const { db: target } = freshDb('target');
    const result = await restoreBackup(target, JSON.stringify(backup));
    expect(result).toEqual({ sources: 1, comments: 3, analyses: 2, tags: 1, themes: 1, recipes: 1 });
    expect(await snapshot(target)).toEqual(await snapshot(db));
  });

  test('restoring twice, or into the database it came from, duplicates nothing', async () => {
    const { db } = await filled();
    const before = await snapshot(db);
    const backup = await createBackup(db);
    await restoreBackup(db, backup);
    await restoreBackup(db, backup);
    expect(await snapshot(db)).toEqual(before);
  });

  test('merging keeps newer local work and adds what is missing', async () => {
    const { db, ids } = await filled();
    const backup = await createBackup(db);
    // After the backup the agent changes their mind, and a new capture arrives.
    await setTags(db, ids[1], { kind: 'remove-theme', themeId: 'staff' }, 9000);
    await storeCaptured(db, [captured('Newer comment', { rating: stars(5) })], SRC, toScore, 9500);
    await db.transaction('rw', [db.comments, db.intake], () => takeFromIntake(db, [ids[2]])); // lost, somehow
    await restoreBackup(db, backup);
    expect((await db.tags.get(ids[1]))!.removedThemes).toEqual(['staff']);
    expect(await storedComments(db)).toHaveLength(4);
    const s = await readSummary(db, 'all');
    expect(s.overall).toEqual({ promoters: 2, passives: 1, detractors: 1, unrated: 0 });
    expect(s.themes.find((t) => t.themeId === 'staff')).toBeUndefined();
  });

  test('a done comment whose analysis is missing from the backup goes back to the queue', async () => {
    const { db, ids } = await filled();
    const backup = await createBackup(db);
    backup.analyses = backup.analyses.filter((a) => a.commentId !== ids[0]);
    const { db: target } = freshDb('target');
    await restoreBackup(target, backup);
    expect((await target.comments.get(ids[0]))!.status).toBe('pending');
  });

  test('a backup from a newer Verbatim is refused, nothing written', async () => {
    const { db } = await filled();
    const backup = { ...(await createBackup(db)), formatVersion: 2 };
    const { db: target } = freshDb('target');
    await expect(restoreBackup(target, backup)).rejects.toThrow(InputError);
    await expect(restoreBackup(target, backup)).rejects.toThrow(/newer Verbatim \(backup format 2\)/);
    expect(await target.comments.count()).toBe(0);
  });

  test.each([
    ['not JSON', '{"format": "verbatim-backup",', /not valid JSON/],
    ['another file', JSON.stringify({ hello: 1 }), /not a Verbatim backup/],
    ['no comments list', (b: object) => ({ ...b, comments: undefined }), /comments/],
    ['a comment without text', (b: { comments: object[] }) => ({ ...b, comments: [{ ...b.comments[0], text: 42 }] }), /comments\[0\]\.text/],
    ['a score above 10', (b: { comments: object[] }) => ({ ...b, comments: [...b.comments.slice(1), { ...b.comments[0], score: 11 }] }), /comments\[2\]\.score/],
    ['an unknown sentiment label', (b: { tags: object[] }) => ({ ...b, tags: [{ ...b.tags[0], sentimentOverride: 'angry' }] }), /tags\[0\]\.sentimentOverride/],
  ])('a malformed backup (%s) is refused with the reason, leaving the database untouched', async (_, make, message) => {
    const { db } = await filled();
    const before = await snapshot(db);
    const backup = await createBackup(db);
    const input = typeof make === 'string' ? make : make(structuredClone(backup) as never);
    const error = await restoreBackup(db, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect(await snapshot(db)).toEqual(before);
  });
});

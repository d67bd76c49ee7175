import { z } from 'zod';
import { InputError } from '../errors';
import {
  analysisRecord, commentRecord, recipeRecord, sourceRecord, tagsRecord, themeRecord,
} from '../db/record-schema';
import { intakeComments } from '../db/intake';
import { RETAG_MARK } from '../db/queue';
import { withStatus } from '../db/status';
import { rebuildAggregatesIn } from '../db/rebuild';
import type {
  AnalysisRecord, CommentRecord, RecipeRecord, SourceRecord, TagsRecord, ThemeRecord,
} from '../db/records';
import type { VerbatimDb } from '../db/schema';

export const BACKUP_FORMAT = 'verbatim-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The schema version of the database it was taken from. */
  dbVersion: number;
  /** ISO 8601 */
  exportedAt: string;
  sources: SourceRecord[];
  comments: CommentRecord[];
  analyses: AnalysisRecord[];
  tags: TagsRecord[];
  themes: ThemeRecord[];
  recipes: RecipeRecord[];
}

/**
 * Everything the user made: captures, analyses, corrections, themes, recipes. Aggregates and
 * each comment's theme ids and queue entry are left out: they are derived, and rebuilt on
 * restore.
 * Settings stay with the browser they were made in.
 */
export async function createBackup(db: VerbatimDb, now: Date = new Date()): Promise<Backup> {
  return db.transaction('r', [db.sources, db.comments, db.intake, db.tags, db.themes, db.recipes], async () => {
    const [sources, comments, waiting, tags, themes, recipes] = await Promise.all([
      db.sources.toArray(), db.comments.toArray(), intakeComments(db),
      db.tags.toArray(), db.themes.toArray(), db.recipes.toArray(),
    ]);
    // Comments captured but not tagged yet are part of the user's work: they come along, pending.
    const all = [...comments, ...waiting.values()];
    // The file keeps analyses in a list of their own, as the database did before v4, so that
    // backups taken before and after read the same.
    const analyses: AnalysisRecord[] = all.flatMap((c) => (c.analysis ? [{ ...c.analysis, commentId: c.id }] : []));
    return {
      format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, dbVersion: db.verno, exportedAt: now.toISOString(),
      sources, comments: all.map(({ themeIds: _derived, queued: _queue, analysis: _listed, ...c }) => c), analyses, tags, themes, recipes,
    };
  });
}

const backupV1 = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(1),
  dbVersion: z.number().int().positive(),
  exportedAt: z.string(),
  sources: z.array(sourceRecord),
  comments: z.array(commentRecord),
  analyses: z.array(analysisRecord),
  tags: z.array(tagsRecord),
  themes: z.array(themeRecord),
  recipes: z.array(recipeRecord),
});

type ParsedBackup = z.infer<typeof backupV1>;

function where(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '');
}

/** Checks a backup before anything is written; every failure names what is wrong. */
export function parseBackup(input: unknown): ParsedBackup {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch {
      throw new InputError('This backup is not valid JSON.');
    }
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new InputError(`This is not a Verbatim backup (expected "format": "${BACKUP_FORMAT}").`);
  }
  const version = (data as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) {
    throw new InputError(`This backup was made by a newer Verbatim (backup format ${version}); this version reads format ${BACKUP_FORMAT_VERSION} at most. Update Verbatim, then restore it.`);
  }
  const parsed = backupV1.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`This backup is malformed: ${where(issue.path) || 'top level'}: ${issue.message}.`);
  }
  return parsed.data;
}

export interface RestoreResult {
  /** Records written, table by table (records the database already had are counted only when replaced). */
  sources: number;
  comments: number;
  analyses: number;
  tags: number;
  themes: number;
  recipes: number;
}

function newer<T>(mine: T | undefined, theirs: T, time: (r: T) => number): boolean {
  return mine === undefined || time(theirs) > time(mine);
}

/**
 * Merges a backup into the database in one transaction, then rebuilds the aggregates.
 * Ids are stable, so nothing is duplicated: a comment the database has is kept as it is; of
 * two analyses or two sets of tags the newer wins; sources keep their earliest first and
 * latest last capture; themes and recipes are added where missing. A malformed backup, or
 * one from a newer Verbatim, is refused before anything is written.
 */
export async function restoreBackup(db: VerbatimDb, input: unknown): Promise<RestoreResult> {
  const b = parseBackup(input);
  const tables = [db.sources, db.comments, db.intake, db.tags, db.themes, db.recipes, db.aggregates, db.settings];
  return db.transaction('rw', tables, async () => {
    const result: RestoreResult = { sources: 0, comments: 0, analyses: 0, tags: 0, themes: 0, recipes: 0 };

    const localSources = await db.sources.bulkGet(b.sources.map((s) => s.id));
    const sources = b.sources.map((s, i) => {
      const mine = localSources[i];
      if (!mine) return s;
      const latest = s.lastCapturedAt > mine.lastCapturedAt ? s : mine;
      return { ...latest, firstCapturedAt: Math.min(s.firstCapturedAt, mine.firstCapturedAt), lastCapturedAt: Math.max(s.lastCapturedAt, mine.lastCapturedAt) };
    });
    await db.sources.bulkPut(sources);
    result.sources = sources.length;

    const localComments = await db.comments.bulkGet(b.comments.map((c) => c.id));
    const waiting = await intakeComments(db);
    const analysisOf = new Map(b.analyses.map(({ commentId, ...a }) => [commentId, a]));
    const writes: CommentRecord[] = [];
    const known = new Set(waiting.keys());
    b.comments.forEach((c, i) => {
      const mine = localComments[i];
      const theirs = analysisOf.get(c.id);
      known.add(c.id);
      if (mine) {
        if (!theirs || !newer(mine.analysis, theirs, (r) => r.analyzedAt)) return;
        writes.push({ ...mine, analysis: theirs });
        result.analyses++;
      } else if (!waiting.has(c.id)) {
        // A comment waiting in the intake is left there, to be tagged afresh. A new comment
        // marked done whose analysis did not come along goes back to the queue.
        if (theirs) result.analyses++;
        const restored = withStatus(c, c.status === 'done' && !theirs ? 'pending' : c.status, c.error);
        writes.push(theirs ? { ...restored, analysis: theirs } : restored);
        result.comments++;
      }
    });
    await db.comments.bulkPut(writes);
    // Restored analyses may be from another taxonomy: the next start looks at every comment.
    await db.settings.delete(RETAG_MARK);

    const tags = b.tags.filter((t) => known.has(t.commentId));
    const localTags = await db.tags.bulkGet(tags.map((t) => t.commentId));
    const newerTags = tags.filter((t, i) => newer(localTags[i], t, (r) => r.updatedAt));
    await db.tags.bulkPut(newerTags);
    result.tags = newerTags.length;

    const localThemes = await db.themes.bulkGet(b.themes.map((t) => t.id));
    const themes = b.themes.filter((_, i) => !localThemes[i]);
    await db.themes.bulkPut(themes);
    result.themes = themes.length;

    const localRecipes = await db.recipes.bulkGet(b.recipes.map((r) => r.host));
    const recipes = b.recipes.filter((_, i) => !localRecipes[i]);
    await db.recipes.bulkPut(recipes);
    result.recipes = recipes.length;

    await rebuildAggregatesIn(db);
    return result;
  });
}

import { Dexie, type Table, type Transaction } from 'dexie';
import type {
  AggregateRecord, CommentRecord, IntakeRecord, RecipeRecord, SettingRecord, SourceRecord, TagsRecord, ThemeRecord,
} from './records';
import { rebuildAggregatesIn } from './rebuild';
import { embedAnalyses } from './embed-analyses';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every version the database has had, oldest first. Append only: a shipped version is never
 * edited, because browsers out there hold databases built from it. Index only what is
 * queried; each index slows every write.
 */
export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      sources: 'id',
      // [status+capturedAt]: the pending queue, oldest first, and queue counts.
      // [sourceId+…], [host+…], capturedAt: paging a scope's comments in capture order.
      comments: 'id, [status+capturedAt], [sourceId+capturedAt], [host+capturedAt], capturedAt',
      analyses: 'commentId',
      tags: 'commentId',
      themes: 'id',
      recipes: 'host',
      settings: 'key',
    },
  },
  {
    // Running aggregates, so no view reads every comment; theme examples and follow-ups by index.
    version: 2,
    stores: {
      comments: 'id, [status+capturedAt], [sourceId+capturedAt], [host+capturedAt], capturedAt, *themeIds',
      // taxonomyVersion: finding what a changed taxonomy must re-tag without reading analyses.
      analyses: 'commentId, taxonomyVersion',
      tags: 'commentId, [followUp.state+commentId]',
      aggregates: '[scope+themeId]',
    },
    upgrade: (tx) => rebuildAggregatesIn({
      comments: tx.table('comments'),
      legacyAnalyses: tx.table('analyses'),
      tags: tx.table('tags'),
      aggregates: tx.table('aggregates'),
    }),
  },
  {
    // Fresh captures wait in chunks until tagged, so that each comment is written once
    // (lib/db/intake). Comments put back in the queue (re-tag, retry, restore) still wait in
    // the comments table as 'pending'.
    version: 3,
    stores: { intake: '[seq+n]' },
  },
  {
    // Tagging a comment writes one record with as few index entries as can be (Chromium
    // charges ~0.1 ms a record written, and more for each index entry):
    // - each analysis moves into its comment's record;
    // - queued replaces [status+capturedAt]: only pending and failed comments have it;
    // - analyses' taxonomyVersion index goes: markRetag reads every comment only after a
    //   taxonomy change, which is rare.
    version: 4,
    stores: { comments: 'id, queued, [sourceId+capturedAt], [host+capturedAt], capturedAt, *themeIds' },
    upgrade: embedAnalyses,
  },
  {
    // Apart from v4 so that v4's upgrade can still read the table it empties.
    version: 5,
    stores: { analyses: null },
  },
];

export const DB_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1].version;

export interface DbOptions {
  name?: string;
  /** Injected in tests (fake-indexeddb); the browser's own otherwise. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export class VerbatimDb extends Dexie {
  sources!: Table<SourceRecord, string>;
  comments!: Table<CommentRecord, string>;
  tags!: Table<TagsRecord, string>;
  themes!: Table<ThemeRecord, string>;
  aggregates!: Table<AggregateRecord, [string, string]>;
  intake!: Table<IntakeRecord, [number, number]>;
  recipes!: Table<RecipeRecord, string>;
  settings!: Table<SettingRecord, string>;

  constructor(opts: DbOptions = {}) {
    super(opts.name ?? 'verbatim', {
      ...(opts.indexedDB ? { indexedDB: opts.indexedDB } : {}),
      ...(opts.IDBKeyRange ? { IDBKeyRange: opts.IDBKeyRange } : {}),
    });
    for (const v of SCHEMA_HISTORY) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

export function createDb(opts: DbOptions = {}): VerbatimDb {
  return new VerbatimDb(opts);
}

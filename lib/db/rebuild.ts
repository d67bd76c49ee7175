import type { Table } from 'dexie';
import { applyCorrections } from '../tags/apply';
import { addContribution, effectiveThemeIds, type Deltas } from './aggregate';
import type { VerbatimDb } from './schema';
import type { AggregateRecord, AnalysisRecord, CommentRecord, IntakeRecord, TagsRecord } from './records';

export interface AggregateTables {
  comments: Table<CommentRecord, string>;
  /** Only in upgrades to versions before v4, whose analyses lived in a table of their own. */
  legacyAnalyses?: Table<AnalysisRecord, string>;
  tags: Table<TagsRecord, string>;
  aggregates: Table<AggregateRecord, [string, string]>;
  /** Absent in upgrades to versions before the intake existed. */
  intake?: Table<IntakeRecord, [number, number]>;
}

const CHUNK = 2000;

function sameIds(a: string[] | undefined, b: string[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Recomputes every aggregate row, and each comment's effective theme ids, from the comments
 * (tagged, and waiting in the intake), their analyses and tags. Reads in chunks so memory stays
 * flat. Must run inside a read-write transaction over the tables (a schema upgrade's, or
 * rebuildAggregates's own).
 */
export async function rebuildAggregatesIn(t: AggregateTables): Promise<void> {
  const deltas: Deltas = new Map();
  const ids = await t.comments.toCollection().primaryKeys();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const [comments, legacy, tags] = await Promise.all([
      t.comments.bulkGet(chunk), t.legacyAnalyses?.bulkGet(chunk), t.tags.bulkGet(chunk),
    ]);
    const changed: CommentRecord[] = [];
    comments.forEach((c, j) => {
      if (!c) return;
      const a = t.legacyAnalyses ? legacy?.[j] : c.analysis;
      const effective = a ? applyCorrections(a, tags[j]) : null;
      addContribution(deltas, c, effective, 1);
      const themeIds = effective ? effectiveThemeIds(effective) : undefined;
      if (!sameIds(c.themeIds, themeIds)) {
        const next = { ...c };
        if (themeIds) next.themeIds = themeIds;
        else delete next.themeIds;
        changed.push(next);
      }
    });
    if (changed.length > 0) await t.comments.bulkPut(changed);
  }
  // Comments waiting in the intake count by their segment, like any comment not yet tagged.
  if (t.intake) for (const chunk of await t.intake.toArray()) for (const c of chunk.comments) addContribution(deltas, c, null, 1);
  await t.aggregates.clear();
  await t.aggregates.bulkPut([...deltas.values()]);
}

/** Recomputes all aggregates from scratch, in one transaction (after a restore, or to repair). */
export async function rebuildAggregates(db: VerbatimDb): Promise<void> {
  await db.transaction('rw', [db.comments, db.intake, db.tags, db.aggregates], () => rebuildAggregatesIn(db));
}

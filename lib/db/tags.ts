import { applyCorrections } from '../tags/apply';
import { applyTagChange } from '../tags/change';
import type { TagChange, Tags } from '../tags/types';
import { addContribution, applyDeltas, effectiveThemeIds, type Deltas } from './aggregate';
import { InputError } from '../errors';
import { intakeComments } from './intake';
import type { VerbatimDb } from './schema';

/**
 * Applies one manual correction, and moves the comment's aggregate contribution from its
 * old effective analysis to the new one, in one transaction. A comment not analysed yet
 * keeps the correction, which takes effect when its analysis is saved.
 * Returns the comment's tags after the change (undefined when none are left).
 */
export async function setTags(db: VerbatimDb, commentId: string, change: TagChange, now: number = Date.now()): Promise<Tags | undefined> {
  return db.transaction('rw', [db.comments, db.intake, db.tags, db.aggregates], async () => {
    const [stored, before] = await Promise.all([db.comments.get(commentId), db.tags.get(commentId)]);
    const comment = stored ?? (await intakeComments(db)).get(commentId);
    if (!comment) throw new InputError(`No comment with id ${commentId}.`);
    const after = applyTagChange(before, commentId, change, now);
    if (after) await db.tags.put(after);
    else await db.tags.delete(commentId);

    const analysis = comment.analysis;
    if (analysis) {
      const deltas: Deltas = new Map();
      addContribution(deltas, comment, applyCorrections(analysis, before), -1);
      const effective = applyCorrections(analysis, after);
      addContribution(deltas, comment, effective, 1);
      await applyDeltas(db.aggregates, deltas);
      await db.comments.put({ ...comment, themeIds: effectiveThemeIds(effective) });
    }
    return after;
  });
}

/** Below this many ids, a lookup each beats reading every tag key. */
const KEY_READ_FROM = 50;

/**
 * The manual tags of those of `ids` that have any, by comment id. Corrections are few next to
 * comments, so for a batch one read of the tag keys replaces a lookup per comment; a handful
 * of ids are looked up directly. A plain promise chain: Dexie loses track of its transaction
 * in liveQuery when async functions nest three deep.
 */
export function tagsOf(db: VerbatimDb, ids: string[]): Promise<Map<string, Tags>> {
  const byId = (asked: string[]) => db.tags.bulkGet(asked).then((found) => new Map(asked.flatMap((id, i) => (found[i] ? [[id, found[i]] as const] : []))));
  if (ids.length < KEY_READ_FROM) return byId(ids);
  return db.tags.toCollection().primaryKeys().then((keys) => {
    const present = new Set(keys);
    const tagged = present.size === 0 ? [] : ids.filter((id) => present.has(id));
    return tagged.length === 0 ? new Map<string, Tags>() : byId(tagged);
  });
}

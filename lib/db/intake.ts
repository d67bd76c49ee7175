import type { CommentRecord, IntakeRecord } from './records';
import type { VerbatimDb } from './schema';

/**
 * The intake: freshly captured comments wait here, pending, in chunks of up to CHUNK, until
 * they are tagged. Chromium's IndexedDB charges ~0.1 ms for every record written, so storing
 * 10,000 comments one by one, then rewriting each once it was tagged, cost seconds; a chunk
 * is one record, and a comment is written to the comments table once, tagged.
 * A comment is in the intake or in the comments table, never both: storeCaptured checks
 * both, and a chunk is deleted in the transaction that writes its comments out.
 * Key: [seq, n], so the queue's size is read from the keys alone.
 * A chunk is also what tagIntake saves in one transaction. Each transaction has a fixed cost
 * (a few round trips, and rewriting the aggregate rows its comments touch: a hundred or more
 * on a page spread over many days); measured on 10,000 comments in Chromium, chunks of 2,000
 * tagged in ~2.0 s where chunks of 1,000 took ~2.1–3.0 s.
 */
export const CHUNK = 2000;

type Key = [number, number];

/** Appends fresh comments as new chunks, after the last one, and returns those chunks. */
export async function addToIntake(db: VerbatimDb, comments: CommentRecord[]): Promise<IntakeRecord[]> {
  if (comments.length === 0) return [];
  const last = (await db.intake.orderBy(':id').last())?.seq ?? 0;
  const chunks: IntakeRecord[] = [];
  for (let i = 0; i < comments.length; i += CHUNK) {
    const part = comments.slice(i, i + CHUNK);
    chunks.push({ seq: last + 1 + chunks.length, n: part.length, comments: part });
  }
  await db.intake.bulkAdd(chunks);
  return chunks;
}

/** How many comments wait in the intake, from the keys alone. */
export function intakeSize(db: VerbatimDb): Promise<number> {
  return db.intake.toCollection().primaryKeys().then((keys) => (keys as unknown as Key[]).reduce((sum, [, n]) => sum + n, 0));
}

/** The oldest chunks, as many as fit in `limit` comments (always at least one). */
export async function oldestChunks(db: VerbatimDb, limit: number): Promise<IntakeRecord[]> {
  const keys = (await db.intake.toCollection().primaryKeys()) as unknown as Key[];
  const picked: Key[] = [];
  let total = 0;
  for (const key of keys) {
    if (picked.length > 0 && total + key[1] > limit) break;
    picked.push(key);
    total += key[1];
  }
  if (picked.length === 0) return [];
  return (await db.intake.bulkGet(picked)).filter((c): c is IntakeRecord => c !== undefined);
}

/**
 * Every comment waiting in the intake, by id. A plain promise chain, not an async function:
 * Dexie loses track of its transaction in liveQuery when async functions nest three deep.
 */
export function intakeComments(db: VerbatimDb): Promise<Map<string, CommentRecord>> {
  return db.intake.toArray().then((chunks) => {
    const out = new Map<string, CommentRecord>();
    for (const chunk of chunks) for (const c of chunk.comments) out.set(c.id, c);
    return out;
  });
}

/**
 * Takes the given comments out of the intake (to be written to the comments table by the
 * caller, in the same transaction) and returns them; chunks left empty are deleted.
 */
export async function takeFromIntake(db: VerbatimDb, ids: Iterable<string>): Promise<Map<string, CommentRecord>> {
  const wanted = new Set(ids);
  const taken = new Map<string, CommentRecord>();
  if (wanted.size === 0) return taken;
  for (const chunk of await db.intake.toArray()) {
    const keep = chunk.comments.filter((c) => {
      if (!wanted.has(c.id)) return true;
      taken.set(c.id, c);
      return false;
    });
    if (keep.length === chunk.comments.length) continue;
    await db.intake.delete([chunk.seq, chunk.n]);
    if (keep.length > 0) await db.intake.add({ seq: chunk.seq, n: keep.length, comments: keep });
  }
  return taken;
}

export function chunkKey(chunk: IntakeRecord): Key {
  return [chunk.seq, chunk.n];
}

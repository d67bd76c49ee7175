import { ratingToScore } from '../nps/scale-mapping';
import type { CapturedComment, Rating, Segment } from '../types';
import { addContribution, applyDeltas, type Deltas } from './aggregate';
import { commentHome, commentId, sourceId } from './ids';
import { addToIntake, intakeComments } from './intake';
import { storedKeysFor } from './read';
import type { CommentRecord, IntakeRecord, SourceRecord } from './records';
import type { VerbatimDb } from './schema';

/**
 * The 0–10 rule for a rating. The caller passes lib/nps's ratingToScore with the user's scale
 * mapping (a setting); without one, the default mapping applies.
 */
export type ToScore = (rating: Rating | null) => { score: number | null; segment: Segment };

export interface CaptureSource {
  url: string;
  title: string;
  site: string;
}

export interface StoreResult {
  /** Comments new to the database, now pending analysis. */
  added: number;
  /** Comments the database already had (or that appeared twice in this capture). */
  known: number;
  /** The id of each input comment, in input order. */
  ids: string[];
  /** The intake chunks holding the new comments, so the tagger need not read them back (tagIntake). */
  chunks: IntakeRecord[];
}

/** The ids among `ids` already stored, tagged or waiting in the intake. */
async function storedAmong(db: VerbatimDb, ids: string[]): Promise<Set<string>> {
  const waiting = await intakeComments(db);
  const known = new Set(ids.filter((id) => waiting.has(id)));
  const keys = await storedKeysFor(db, ids.length);
  if (keys) {
    for (const id of ids) if (keys.has(id)) known.add(id);
    return known;
  }
  const found = await db.comments.bulkGet(ids);
  ids.forEach((id, i) => found[i] && known.add(id));
  return known;
}

/**
 * Stores a capture in one transaction. Known comments are left exactly as they are (never
 * set back to pending: their analysis and tags stand); new ones are stored pending, in the
 * intake until tagged, and counted at once in their scopes' '*' rows, so NPS shows before
 * any tagging.
 */
export async function storeCaptured(
  db: VerbatimDb, comments: CapturedComment[], source: CaptureSource,
  toScore: ToScore = (r) => ratingToScore(r), now: number = Date.now(),
): Promise<StoreResult> {
  const srcId = sourceId(source.url);
  const ids = comments.map(commentId);
  const firstIndex = new Map<string, number>();
  ids.forEach((id, i) => { if (!firstIndex.has(id)) firstIndex.set(id, i); });
  const unique = [...firstIndex.keys()];

  return db.transaction('rw', [db.comments, db.intake, db.sources, db.aggregates], async () => {
    const known = await storedAmong(db, unique);
    const fresh: CommentRecord[] = [];
    unique.forEach((id) => {
      if (known.has(id)) return;
      const c = comments[firstIndex.get(id)!];
      const { score, segment } = toScore(c.rating);
      fresh.push({
        id, sourceId: srcId, site: c.site, host: commentHome(c), url: c.url,
        externalId: c.externalId, author: c.author, date: c.date, title: c.title, text: c.text,
        rating: c.rating, score, segment, lang: null, status: 'pending', capturedAt: now,
      });
    });
    const chunks = await addToIntake(db, fresh);

    const deltas: Deltas = new Map();
    for (const c of fresh) addContribution(deltas, c, null, 1);
    await applyDeltas(db.aggregates, deltas);

    const before = await db.sources.get(srcId);
    const record: SourceRecord = {
      id: srcId, url: source.url, site: source.site, title: source.title || before?.title || '',
      firstCapturedAt: before?.firstCapturedAt ?? now, lastCapturedAt: now,
    };
    await db.sources.put(record);

    return { added: fresh.length, known: comments.length - fresh.length, ids, chunks };
  });
}

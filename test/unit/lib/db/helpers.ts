import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CapturedComment, CommentAnalysis, Rating, Segment, Sentiment } from '../../../../lib/types';
import { createDb, type VerbatimDb } from '../../../../lib/db/schema';
import type { ToScore } from '../../../../lib/db/capture';
import { intakeComments } from '../../../../lib/db/intake';
import type { CommentRecord } from '../../../../lib/db/records';

/** A fresh, empty database of its own for each test. */
export function freshDb(name = 'verbatim-test'): { db: VerbatimDb; factory: IDBFactory } {
  const factory = new IDBFactory();
  return { db: createDb({ name, indexedDB: factory, IDBKeyRange }), factory };
}

/** Linear to 0–10, then DESIGN's 0–10 rule (5 stars: 5 promoter, 4 passive, 1–3 detractor). */
export const toScore: ToScore = (rating: Rating | null) => {
  if (!rating) return { score: null, segment: 'unrated' };
  const score = ((rating.value - rating.min) / (rating.max - rating.min)) * 10;
  const segment: Segment = score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
  return { score, segment };
};

export function stars(value: number): Rating {
  return { value, min: 1, max: 5 };
}

export function captured(text: string, over: Partial<CapturedComment> = {}): CapturedComment {
  return {
    text, title: null, author: null, date: null, rating: null, externalId: null,
    site: 'trustpilot', url: 'https://www.trustpilot.com/review/example.com', ...over,
  };
}

export function sentiment(score: number): Sentiment {
  return { score, label: score > 0.05 ? 'positive' : score < -0.05 ? 'negative' : 'neutral' };
}

/** An analysis as the engine would give it: themes as [id, clause sentiment]. */
export function analysis(score: number, themes: [string, number][], taxonomyVersion = 'Test@1'): CommentAnalysis {
  return {
    lang: 'en',
    sentiment: sentiment(score),
    sentences: [],
    themes: themes.map(([themeId, s]) => ({ themeId, label: themeId, sentiment: sentiment(s), evidence: [{ start: 0, end: 4 }] })),
    engine: 'test-engine/1',
    taxonomyVersion,
  };
}

/** Every stored comment, tagged (comments table) or waiting to be (intake), in id order. */
export async function storedComments(db: VerbatimDb): Promise<CommentRecord[]> {
  const [tagged, waiting] = await Promise.all([db.comments.toArray(), intakeComments(db)]);
  return [...tagged, ...waiting.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export async function storedComment(db: VerbatimDb, id: string): Promise<CommentRecord | undefined> {
  return (await db.comments.get(id)) ?? (await intakeComments(db)).get(id);
}

/** How many stored comments carry an analysis. */
export async function analysedCount(db: VerbatimDb): Promise<number> {
  return (await db.comments.toArray()).filter((c) => c.analysis !== undefined).length;
}

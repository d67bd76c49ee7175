import { commentsForExport, type Scope, type VerbatimDb } from '../../lib/db';
import { ratingToScore, type DatedSegment } from '../../lib/nps';

export interface TrendInputs {
  /** Date and segment of every comment in the scope, for lib/nps's npsTrend. */
  items: DatedSegment[];
  /** True when some rated comment's score was mapped from another scale (stars, 1–10…). */
  npsLike: boolean;
}

/**
 * Reads a scope's dates and segments in chunks (a few seconds for 100,000 comments, fine for
 * tens of thousands). The same pass finds whether any rating was mapped, which the running
 * aggregates do not record. Returns null when isCurrent() turns false mid-way, so a scan
 * the user has moved on from stops reading.
 */
export async function readTrendInputs(db: VerbatimDb, scope: Scope, isCurrent: () => boolean): Promise<TrendInputs | null> {
  const items: DatedSegment[] = [];
  let npsLike = false;
  for await (const chunk of commentsForExport(db, scope)) {
    if (!isCurrent()) return null;
    for (const { comment } of chunk) {
      items.push({ date: comment.date, segment: comment.segment });
      if (!npsLike && comment.segment !== 'unrated' && ratingToScore(comment.rating).mapped) npsLike = true;
    }
  }
  return { items, npsLike };
}

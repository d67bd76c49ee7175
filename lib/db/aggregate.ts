import type { Segment, SegmentCounts } from '../types';
import type { EffectiveAnalysis } from '../tags/types';
import { countedThemeIds } from '../themes/ids';
import type { AggregateRecord, CommentRecord } from './records';
import { OVERALL, dayScope, scopesOf } from './scope';
import { Dexie, type Table } from 'dexie';

/**
 * Sentiment scores are rounded to multiples of 2⁻²⁰ (about 1e-6) before they are summed:
 * such numbers add and subtract exactly in floating point, so a running sum that has had
 * comments added and taken away again equals a fresh recomputation to the last bit.
 */
export function quantize(x: number): number {
  return Math.round(x * 1048576) / 1048576;
}

const SEGMENT_FIELD: Record<Segment, keyof SegmentCounts> = {
  promoter: 'promoters', passive: 'passives', detractor: 'detractors', unrated: 'unrated',
};

/** Pending changes to aggregate rows, keyed by scope and theme (rowKey). */
export type Deltas = Map<string, AggregateRecord>;

const rowKey = (scope: string, themeId: string) => `${scope}\u0000${themeId}`;

function row(scope: string, themeId: string): AggregateRecord {
  return { scope, themeId, promoters: 0, passives: 0, detractors: 0, unrated: 0, sentimentSum: 0, sentimentN: 0 };
}

/** A rated comment whose score came from another scale than 0–10 (stars): its NPS is NPS-like. */
function isMapped(c: CommentRecord): boolean {
  return c.segment !== 'unrated' && !!c.rating && !(c.rating.min === 0 && c.rating.max === 10);
}

function bump(d: Deltas, scope: string, themeId: string, segment: Segment, sign: number, sentiment: number | null, mapped = false): void {
  const key = rowKey(scope, themeId);
  let r = d.get(key);
  if (!r) d.set(key, (r = row(scope, themeId)));
  r[SEGMENT_FIELD[segment]] += sign;
  if (mapped) r.mapped = (r.mapped ?? 0) + sign;
  if (sentiment !== null) {
    r.sentimentSum += sign * sentiment;
    r.sentimentN += sign;
  }
}

/** Themes a comment counts for (parents included), with corrections already applied. */
export function effectiveThemeIds(a: EffectiveAnalysis): string[] {
  return countedThemeIds(a.themes.map((t) => t.themeId));
}

/**
 * Adds (sign 1) or takes away (sign −1) what one comment contributes to every scope it is in:
 * its segment in the '*' row, plus the comment's sentiment once analysed; and, once analysed,
 * one count per theme it counts for; and its segment in the '*' row of its day (dayScope).
 * A parent counts a comment once however many of its
 * children the comment mentions; that one mention's sentiment is the mean of the hits under it.
 */
export function addContribution(d: Deltas, c: CommentRecord, analysis: EffectiveAnalysis | null, sign: 1 | -1): void {
  const themes: [string, number][] = [];
  if (analysis) {
    for (const id of effectiveThemeIds(analysis)) {
      const hits = analysis.themes.filter((t) => t.themeId === id || t.themeId.startsWith(`${id}.`));
      const mean = hits.reduce((s, h) => s + h.sentiment.score, 0) / hits.length;
      themes.push([id, quantize(mean)]);
    }
  }
  const overall = analysis ? quantize(analysis.sentiment.score) : null;
  for (const scope of scopesOf(c)) {
    bump(d, scope, OVERALL, c.segment, sign, overall, isMapped(c));
    for (const [id, s] of themes) bump(d, scope, id, c.segment, sign, s);
  }
  // Trends need counts per day, not per theme: a day scope gets its '*' row only.
  const day = dayScope(c.date);
  if (day) bump(d, day, OVERALL, c.segment, sign, overall, isMapped(c));
}

function isZero(r: AggregateRecord): boolean {
  return r.promoters === 0 && r.passives === 0 && r.detractors === 0 && r.unrated === 0
    && r.sentimentN === 0 && r.sentimentSum === 0 && !r.mapped;
}

type AggregateTable = Table<AggregateRecord, [string, string]>;

/** From this many rows of one scope (or of day scopes), one range read replaces a get per row. */
const RANGE_FROM = 4;

/**
 * The stored rows for `changes`, aligned with them. Chromium answers each get on its own, and a
 * tagging batch touches a hundred rows or more, nearly all in its few scopes and in day scopes
 * side by side; those are read as key ranges, one request each.
 */
async function currentRows(table: AggregateTable, changes: AggregateRecord[]): Promise<(AggregateRecord | undefined)[]> {
  const perScope = new Map<string, number>();
  for (const r of changes) perScope.set(r.scope, (perScope.get(r.scope) ?? 0) + 1);
  const days = [...perScope.keys()].filter((s) => s.startsWith('day:')).sort();
  const ranged = new Set([...perScope].filter(([s, n]) => n >= RANGE_FROM && !s.startsWith('day:')).map(([s]) => s));
  const ranges: [string, string][] = [...ranged].map((s) => [s, s]);
  if (days.length >= RANGE_FROM) {
    ranges.push([days[0]!, days[days.length - 1]!]);
    days.forEach((s) => ranged.add(s));
  }
  const singles = changes.filter((r) => !ranged.has(r.scope));
  const [found, ...inRanges] = await Promise.all([
    table.bulkGet(singles.map((r) => [r.scope, r.themeId] as [string, string])),
    ...ranges.map(([from, to]) => table.where('[scope+themeId]').between([from, Dexie.minKey], [to, Dexie.maxKey]).toArray()),
  ]);
  const stored = new Map<string, AggregateRecord>();
  for (const r of [...found, ...inRanges.flat()]) if (r) stored.set(rowKey(r.scope, r.themeId), r);
  return changes.map((r) => stored.get(rowKey(r.scope, r.themeId)));
}

/** Writes the deltas; call inside the transaction that made the change they describe. */
export async function applyDeltas(table: AggregateTable, d: Deltas): Promise<void> {
  const changes = [...d.values()].filter((r) => !isZero(r));
  if (changes.length === 0) return;
  const current = await currentRows(table, changes);
  const puts: AggregateRecord[] = [];
  const deletes: [string, string][] = [];
  changes.forEach((delta, i) => {
    const next = current[i] ? { ...current[i] } : row(delta.scope, delta.themeId);
    next.promoters += delta.promoters;
    next.passives += delta.passives;
    next.detractors += delta.detractors;
    next.unrated += delta.unrated;
    next.sentimentSum += delta.sentimentSum;
    next.sentimentN += delta.sentimentN;
    const mapped = (next.mapped ?? 0) + (delta.mapped ?? 0);
    if (mapped) next.mapped = mapped;
    else delete next.mapped;
    if (isZero(next)) deletes.push([next.scope, next.themeId]);
    else puts.push(next);
  });
  if (puts.length > 0) await table.bulkPut(puts);
  if (deletes.length > 0) await table.bulkDelete(deletes);
}

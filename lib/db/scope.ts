import { calendarDay } from '../nps/periods';
import type { CommentRecord } from './records';

export type Scope = 'all' | `site:${string}` | `source:${string}`;

export const OVERALL = '*';

export function siteScope(host: string): Scope {
  return `site:${host}`;
}

export function sourceScope(sourceId: string): Scope {
  return `source:${sourceId}`;
}

/** Every scope a comment counts in. */
export function scopesOf(c: Pick<CommentRecord, 'host' | 'sourceId'>): Scope[] {
  return ['all', siteScope(c.host), sourceScope(c.sourceId)];
}

export function inScope(c: Pick<CommentRecord, 'host' | 'sourceId'>, scope: Scope): boolean {
  if (scope === 'all') return true;
  if (scope.startsWith('site:')) return c.host === scope.slice(5);
  return c.sourceId === scope.slice(7);
}

/**
 * The aggregate scope of the day a comment was written, for trends: 'day:YYYY-MM-DD' by
 * lib/nps's calendar-day rule, or null when the comment has no valid date. Capture time is
 * not used in its place: when a customer wrote is what a trend is about.
 */
export function dayScope(date: string | null): string | null {
  const day = calendarDay(date);
  return day === null ? null : `day:${new Date(day).toISOString().slice(0, 10)}`;
}

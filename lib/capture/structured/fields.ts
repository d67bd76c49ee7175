import type { Rating } from '../../types';
import { parseNumber } from '../text';
import { htmlToText } from './html-text';

/** A JSON-LD value as plain text: strings, numbers, {"@value"} and arrays (first usable entry). */
export function jsonText(v: unknown): string | null {
  if (v == null) return null;
  if (typeof v === 'string') return htmlToText(v) || null;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    for (const item of v) {
      const t = jsonText(item);
      if (t) return t;
    }
    return null;
  }
  if (typeof v === 'object' && '@value' in v) return jsonText((v as Record<string, unknown>)['@value']);
  return null;
}

/**
 * A rating as the source gave it. Schema.org defaults bestRating to 5 and worstRating to 1;
 * whether the value lies in that range is checked later, for every capture path alike.
 */
export function makeRating(value: unknown, best: unknown, worst: unknown): Rating | null {
  const raw = jsonText(value);
  // "4/5" carries its own scale.
  const slash = raw ? /^\s*(\d+(?:[.,]\d+)?)\s*\/\s*(\d+(?:[.,]\d+)?)\s*$/.exec(raw) : null;
  if (slash) return { value: parseNumber(slash[1]) as number, min: parseNumber(jsonText(worst)) ?? 1, max: parseNumber(slash[2]) as number };
  const v = parseNumber(raw);
  if (v === null) return null;
  const max = parseNumber(jsonText(best)) ?? 5;
  const min = parseNumber(jsonText(worst)) ?? 1;
  return { value: v, min, max };
}

/** True when an item's type (string or array, bare or as a schema.org URL) is `wanted`. */
export function hasType(types: unknown, wanted: (t: string) => boolean): boolean {
  const list = Array.isArray(types) ? types : [types];
  return list.some((t) => typeof t === 'string' && wanted(t.replace(/^(https?:\/\/)?(www\.)?schema\.org\//i, '').replace(/^schema:/i, '')));
}

/** Review, UserReview, CriticReview, EmployerReview…, but not AggregateRating. */
export function isReviewType(t: string): boolean {
  return /^[A-Za-z]*Review$/.test(t);
}

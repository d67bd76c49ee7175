import { z } from 'zod';

/**
 * Shapes of stored records, for data that comes from outside (a backup file). The database's
 * own writes are typed at compile time; these check what TypeScript cannot.
 */
const ms = z.number().finite();
const rating = z.object({ value: z.number(), min: z.number(), max: z.number() });
const label = z.enum(['positive', 'neutral', 'negative']);
const sentiment = z.object({ score: z.number().min(-1).max(1), label });
const span = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

export const sourceRecord = z.object({
  id: z.string().min(1), url: z.string(), site: z.string(), title: z.string(),
  firstCapturedAt: ms, lastCapturedAt: ms,
});

export const commentRecord = z.object({
  id: z.string().min(1), sourceId: z.string().min(1), site: z.string(), host: z.string(), url: z.string(),
  externalId: z.string().nullable(), author: z.string().nullable(), date: z.string().nullable(),
  title: z.string().nullable(), text: z.string(), rating: rating.nullable(),
  score: z.number().min(0).max(10).nullable(),
  segment: z.enum(['promoter', 'passive', 'detractor', 'unrated']),
  lang: z.string().nullable(), status: z.enum(['pending', 'done', 'error']), capturedAt: ms,
  error: z.string().optional(),
});

export const analysisRecord = z.object({
  commentId: z.string().min(1), lang: z.string(), sentiment,
  sentences: z.array(z.object({ text: z.string(), start: z.number(), end: z.number(), sentiment })),
  themes: z.array(z.object({ themeId: z.string().min(1), label: z.string(), sentiment, evidence: z.array(span) })),
  engine: z.string(), taxonomyVersion: z.string(), analyzedAt: ms,
});

export const tagsRecord = z.object({
  commentId: z.string().min(1),
  addedThemes: z.array(z.object({ themeId: z.string().min(1), label: z.string() })),
  removedThemes: z.array(z.string().min(1)),
  sentimentOverride: label.optional(),
  followUp: z.object({ state: z.enum(['open', 'done']), note: z.string().optional(), updatedAt: ms }).optional(),
  updatedAt: ms,
});

export const themeRecord = z.object({
  id: z.string().min(1), label: z.string(),
  terms: z.union([z.array(z.string()), z.record(z.string(), z.array(z.string()))]),
  parent: z.string().optional(), color: z.string(), origin: z.enum(['built-in', 'user', 'discovered']),
});

export const recipeRecord = z.looseObject({ host: z.string().min(1) });

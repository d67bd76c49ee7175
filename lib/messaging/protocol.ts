import { z } from 'zod';
import { recipeSchema, type Recipe } from '../capture/generic/recipe';

/**
 * The one message protocol between extension contexts. Every message is
 * `{ type, data }`; every reply is `{ ok: true, result }` or `{ ok: false, error }`.
 * Each message names who may send it: 'extension' pages (popup, dashboard) or
 * 'content' scripts in a tab. Schemas validate every incoming `data`.
 */

const rating = z.object({ value: z.number().finite(), min: z.number().finite(), max: z.number().finite() });

const capturedComment = z.object({
  text: z.string().max(100_000),
  title: z.string().max(2_000).nullable(),
  author: z.string().max(500).nullable(),
  date: z.string().max(64).nullable(),
  rating: rating.nullable(),
  externalId: z.string().max(500).nullable(),
  site: z.string().min(1).max(64),
  url: z.string().max(4_000),
});

const sentimentLabel = z.enum(['positive', 'neutral', 'negative']);

export const schemas = {
  /** Popup → background: capture the page in this tab. */
  'capture.tab': z.object({ tabId: z.number().int().nonnegative() }),
  /** Content script → background: comments read from the page. */
  'capture.store': z.object({
    url: z.string().max(4_000),
    title: z.string().max(2_000),
    site: z.string().max(64),
    comments: z.array(capturedComment).max(20_000),
  }),
  /** Any → background: how far tagging has got. */
  'queue.status': z.object({}),
  /** Content script → background: the stored state of comments shown on the page. */
  'comments.lookup': z.object({ ids: z.array(z.string().max(64)).max(20_000) }),
  /** Content script or popup → background: a support agent's correction. */
  'tags.set': z.object({
    commentId: z.string().min(1).max(64),
    addTheme: z.object({ themeId: z.string().min(1).max(200), label: z.string().min(1).max(200) }).optional(),
    removeTheme: z.string().min(1).max(200).optional(),
    sentiment: sentimentLabel.nullable().optional(),
    followUp: z.object({ state: z.enum(['open', 'done']), note: z.string().max(2_000).optional() }).nullable().optional(),
  }),
  /** Popup (with its tab) or content script (its own tab) → background: follow next pages. */
  'capture.pages': z.object({
    tabId: z.number().int().nonnegative().optional(),
    maxPages: z.number().int().min(1).max(500).default(50),
    delayMs: z.number().int().min(0).max(60_000).default(1_500),
  }),
  /** Popup → background: where "capture all pages" has got. */
  'capture.progress': z.object({}),
  /** Popup or content script → background: stop "capture all pages" after the current page. */
  'capture.stop': z.object({}),
  /** Content script or popup → background: a CSV export as text, for the caller to save. */
  'export.csv': z.object({
    kind: z.enum(['drivers', 'comments']),
    scope: z.string().regex(/^(all|site:.{1,200}|source:.{1,200})$/),
    locale: z.string().max(35).default('en'),
  }),
  /** Content script → background: open the dashboard in a tab. */
  'dashboard.open': z.object({}),
  /** Popup → background: open the point-and-click picker in this tab. */
  'picker.start': z.object({ tabId: z.number().int().nonnegative() }),
  /** Content script → background: remember the recipe the user picked for its own host. */
  'recipe.save': z.object({ recipe: recipeSchema }),
  /** Content script → background: the recipe saved for its own host, if any. */
  'recipe.get': z.object({ host: z.string().min(1).max(253) }),
} as const;

export type MessageType = keyof typeof schemas;
/** What a handler receives: validated, defaults filled in. */
export type MessageData<T extends MessageType> = z.output<(typeof schemas)[T]>;
/** What a sender may pass: fields with defaults are optional. */
export type MessageInput<T extends MessageType> = z.input<(typeof schemas)[T]>;
export type CapturedCommentData = z.infer<typeof capturedComment>;

/** Who may send each message. */
export const senders: Record<MessageType, readonly ('extension' | 'content')[]> = {
  'capture.tab': ['extension'],
  'capture.store': ['content', 'extension'],
  'queue.status': ['extension', 'content'],
  'comments.lookup': ['content', 'extension'],
  'tags.set': ['content', 'extension'],
  'capture.pages': ['extension', 'content'],
  'capture.progress': ['extension', 'content'],
  'capture.stop': ['extension', 'content'],
  'export.csv': ['content', 'extension'],
  'dashboard.open': ['content', 'extension'],
  'picker.start': ['extension'],
  'recipe.save': ['content'],
  'recipe.get': ['content'],
};

export type Reply<R> = { ok: true; result: R } | { ok: false; error: string };

/** What capturing a page achieved, shown to the user as is. */
export interface CaptureOutcome {
  found: number;
  added: number;
  known: number;
  method: string;
  warnings: string[];
  sourceId: string | null;
}

export interface QueueStatus {
  pending: number;
  done: number;
  error: number;
}

/** A stored comment as the in-page overlay shows it. */
export interface OverlayComment {
  id: string;
  segment: string;
  score: number | null;
  status: string;
  sentiment: { score: number; label: 'positive' | 'neutral' | 'negative'; manual: boolean } | null;
  themes: { themeId: string; label: string; manual: boolean }[];
  followUp: { state: 'open' | 'done'; note?: string } | null;
}

export interface PagesProgress {
  running: boolean;
  pages: number;
  found: number;
  added: number;
  known: number;
  /** Why the run ended: 'end' (no next page), 'limit', 'stopped', or an error message. */
  ended: string | null;
}

export interface Results {
  'capture.tab': CaptureOutcome;
  'capture.store': CaptureOutcome;
  'queue.status': QueueStatus;
  'comments.lookup': OverlayComment[];
  'tags.set': OverlayComment | null;
  'capture.pages': PagesProgress;
  'capture.progress': PagesProgress;
  'capture.stop': PagesProgress;
  'export.csv': { name: string; csv: string };
  'dashboard.open': null;
  'picker.start': null;
  'recipe.save': Recipe;
  'recipe.get': Recipe | null;
}

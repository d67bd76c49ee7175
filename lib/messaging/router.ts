import { schemas, senders, type MessageData, type MessageType, type Reply, type Results } from './protocol';

/** The facts about a sender that the router checks; filled from the runtime's MessageSender. */
export interface SenderInfo {
  /** The sending extension's id: must be ours. */
  id?: string;
  /** Set when the message comes from a content script in a tab. */
  tabId?: number;
  url?: string;
  /** Set by the router once it has checked the sender. */
  kind?: 'extension' | 'content';
}

export type Handlers = {
  [K in MessageType]: (data: MessageData<K>, sender: SenderInfo) => Promise<Results[K]>;
};

function senderKind(sender: SenderInfo, extensionOrigin: string): 'extension' | 'content' | null {
  if (sender.tabId !== undefined && !(sender.url ?? '').startsWith(extensionOrigin)) return 'content';
  if ((sender.url ?? '').startsWith(extensionOrigin)) return 'extension';
  return null;
}

/**
 * Builds the background's one message handler: checks the message's shape, its type,
 * its data and who sent it before any handler (and so the database) sees it. Errors
 * come back to the caller as `{ ok: false, error }`, never as a crash.
 */
export function createRouter(handlers: Handlers, self: { id: string; origin: string }) {
  return async (message: unknown, sender: SenderInfo): Promise<Reply<unknown>> => {
    if (sender.id !== self.id) return { ok: false, error: 'Message from another extension refused.' };
    if (typeof message !== 'object' || message === null || !('type' in message)) {
      return { ok: false, error: 'Malformed message: expected { type, data }.' };
    }
    const { type, data } = message as { type: unknown; data?: unknown };
    if (typeof type !== 'string' || !Object.hasOwn(schemas, type)) {
      return { ok: false, error: `Unknown message type: ${String(type).slice(0, 60)}` };
    }
    const t = type as MessageType;
    const kind = senderKind(sender, self.origin);
    if (!kind || !senders[t].includes(kind)) return { ok: false, error: `"${t}" is not accepted from this sender.` };
    const parsed = schemas[t].safeParse(data ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, error: `Invalid "${t}" message: ${issue?.path.join('.') || 'data'} ${issue?.message ?? ''}`.trim() };
    }
    try {
      const handler = handlers[t] as (d: unknown, s: SenderInfo) => Promise<unknown>;
      return { ok: true, result: await handler(parsed.data, { ...sender, kind }) };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  };
}

import type { MessageInput, MessageType, Reply, Results } from './protocol';

/** The slice of the runtime/tabs API the client needs; passed in so lib/ never reaches for globals. */
export type Send = (message: { type: string; data: unknown }) => Promise<unknown>;

/** Sends one typed message and unwraps the reply; a refused message throws with the background's reason. */
export async function request<T extends MessageType>(send: Send, type: T, data: MessageInput<T>): Promise<Results[T]> {
  const reply = (await send({ type, data })) as Reply<Results[T]> | undefined;
  if (!reply) throw new Error('The extension did not answer. Reload the page and try again.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.result;
}

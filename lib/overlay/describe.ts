import type { OverlayComment } from '../messaging/protocol';

/** What a screen reader hears when a comment gets the overlay's focus or changes. */
export function describeComment(c: OverlayComment, index: number, total: number): string {
  const parts = [`Comment ${index + 1} of ${total}`, c.segment];
  // Same words as the badge: a comment still being analysed must not sound like one without a sentiment.
  parts.push(c.sentiment ? `${c.sentiment.label}${c.sentiment.manual ? ' (corrected)' : ''}` : 'not tagged yet');
  parts.push(c.themes.length ? `themes: ${c.themes.map((t) => t.label).join(', ')}` : 'no themes');
  if (c.followUp) parts.push(`follow-up ${c.followUp.state}`);
  return parts.join(', ');
}

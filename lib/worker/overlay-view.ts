import type { CommentView } from '../db';
import type { OverlayComment } from '../messaging/protocol';
import type { TagChange } from '../tags/types';
import type { MessageData } from '../messaging/protocol';

/** What the in-page badge needs of a stored comment: its effective (corrected) tags. */
export function toOverlayComment(view: CommentView): OverlayComment {
  const { comment, analysis, tags } = view;
  return {
    id: comment.id,
    segment: comment.segment,
    score: comment.score,
    status: comment.status,
    sentiment: analysis
      ? { score: analysis.sentiment.score, label: analysis.sentiment.label, manual: analysis.sentimentOverridden }
      : null,
    themes: (analysis?.themes ?? []).map((t) => ({ themeId: t.themeId, label: t.label, manual: t.manual })),
    followUp: tags?.followUp ? { state: tags.followUp.state, ...(tags.followUp.note ? { note: tags.followUp.note } : {}) } : null,
  };
}

/** A `tags.set` message as the database's tag changes, in a fixed order. */
export function tagChanges(data: MessageData<'tags.set'>): TagChange[] {
  const changes: TagChange[] = [];
  if (data.addTheme) changes.push({ kind: 'add-theme', themeId: data.addTheme.themeId, label: data.addTheme.label });
  if (data.removeTheme) changes.push({ kind: 'remove-theme', themeId: data.removeTheme });
  if (data.sentiment !== undefined) changes.push({ kind: 'set-sentiment', label: data.sentiment });
  if (data.followUp === null) changes.push({ kind: 'clear-follow-up' });
  else if (data.followUp) changes.push({ kind: 'set-follow-up', state: data.followUp.state, note: data.followUp.note });
  return changes;
}

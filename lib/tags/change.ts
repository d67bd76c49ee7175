import type { Tags, TagChange } from './types';

function isEmpty(t: Tags): boolean {
  return t.addedThemes.length === 0 && t.removedThemes.length === 0
    && t.sentimentOverride === undefined && t.followUp === undefined;
}

/**
 * One correction applied to a comment's tags. Pure. Returns undefined when nothing is left
 * to remember, so the database drops the record instead of keeping an empty one.
 */
export function applyTagChange(current: Tags | undefined | null, commentId: string, change: TagChange, now: number): Tags | undefined {
  const t: Tags = {
    commentId,
    addedThemes: [...(current?.addedThemes ?? [])],
    removedThemes: [...(current?.removedThemes ?? [])],
    updatedAt: now,
  };
  if (current?.sentimentOverride !== undefined) t.sentimentOverride = current.sentimentOverride;
  if (current?.followUp !== undefined) t.followUp = { ...current.followUp };

  switch (change.kind) {
    case 'add-theme':
      t.removedThemes = t.removedThemes.filter((id) => id !== change.themeId);
      if (!t.addedThemes.some((a) => a.themeId === change.themeId)) {
        t.addedThemes.push({ themeId: change.themeId, label: change.label });
      }
      break;
    case 'remove-theme':
      // Removing a parent removes its children, added by hand or not.
      t.addedThemes = t.addedThemes.filter((a) => a.themeId !== change.themeId && !a.themeId.startsWith(`${change.themeId}.`));
      // Kept even when the engine did not find the theme: a later re-analysis might.
      if (!t.removedThemes.includes(change.themeId)) t.removedThemes.push(change.themeId);
      break;
    case 'set-sentiment':
      if (change.label === null) delete t.sentimentOverride;
      else t.sentimentOverride = change.label;
      break;
    case 'set-follow-up':
      t.followUp = { state: change.state, updatedAt: now };
      {
        const note = change.note ?? current?.followUp?.note;
        if (note !== undefined && note !== '') t.followUp.note = note;
      }
      break;
    case 'clear-follow-up':
      delete t.followUp;
      break;
  }
  return isEmpty(t) ? undefined : t;
}

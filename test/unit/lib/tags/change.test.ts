import { describe, expect, test } from 'vitest';
import { applyTagChange } from '../../../../lib/tags/change';
import type { Tags, TagChange } from '../../../../lib/tags/types';

const none: Tags | undefined = undefined;

function run(changes: TagChange[], start: Tags | undefined = none): Tags | undefined {
  return changes.reduce<Tags | undefined>((t, c, i) => applyTagChange(t, 'c1', c, 100 + i), start);
}

describe('applyTagChange', () => {
  test('adding a theme, then removing it, leaves a removal that outlives re-analysis', () => {
    const t = run([{ kind: 'add-theme', themeId: 'staff', label: 'Staff' }, { kind: 'remove-theme', themeId: 'staff' }]);
    expect(t).toMatchObject({ addedThemes: [], removedThemes: ['staff'], updatedAt: 101 });
  });

  test('adding a removed theme takes the removal back', () => {
    const t = run([{ kind: 'remove-theme', themeId: 'price' }, { kind: 'add-theme', themeId: 'price', label: 'Price' }]);
    expect(t).toMatchObject({ addedThemes: [{ themeId: 'price', label: 'Price' }], removedThemes: [] });
  });

  test('removing a parent drops its manually added children', () => {
    const t = run([{ kind: 'add-theme', themeId: 'food.pizza', label: 'Pizza' }, { kind: 'remove-theme', themeId: 'food' }]);
    expect(t).toMatchObject({ addedThemes: [], removedThemes: ['food'] });
  });

  test('adding the same theme twice keeps one', () => {
    const add: TagChange = { kind: 'add-theme', themeId: 'staff', label: 'Staff' };
    expect(run([add, add])!.addedThemes).toHaveLength(1);
  });

  test('a sentiment override is set and cleared; nothing left means no record', () => {
    const t = run([{ kind: 'set-sentiment', label: 'negative' }]);
    expect(t!.sentimentOverride).toBe('negative');
    expect(run([{ kind: 'set-sentiment', label: null }], t)).toBeUndefined();
  });

  test('a follow-up keeps its note when only the state changes, and is cleared', () => {
    const open = run([{ kind: 'set-follow-up', state: 'open', note: 'Call back about refund' }]);
    expect(open!.followUp).toEqual({ state: 'open', note: 'Call back about refund', updatedAt: 100 });
    const done = applyTagChange(open, 'c1', { kind: 'set-follow-up', state: 'done' }, 200);
    expect(done!.followUp).toEqual({ state: 'done', note: 'Call back about refund', updatedAt: 200 });
    expect(applyTagChange(done, 'c1', { kind: 'clear-follow-up' }, 300)).toBeUndefined();
  });

  test('other corrections survive a follow-up change', () => {
    const t = run([{ kind: 'set-sentiment', label: 'positive' }, { kind: 'set-follow-up', state: 'open' }, { kind: 'clear-follow-up' }]);
    expect(t).toEqual({ commentId: 'c1', addedThemes: [], removedThemes: [], sentimentOverride: 'positive', updatedAt: 102 });
  });
});

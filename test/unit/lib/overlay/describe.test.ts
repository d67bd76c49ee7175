import { describe, expect, test } from 'vitest';
import { describeComment } from '../../../../lib/overlay/describe';
import type { OverlayComment } from '../../../../lib/messaging/protocol';

const base: OverlayComment = {
  id: 'c1', segment: 'promoter', score: 9, status: 'analysed', sentiment: null, themes: [], followUp: null,
};

describe('describeComment', () => {
  test.each<[string, Partial<OverlayComment>, number, number, string]>([
    [
      'a promoter an agent corrected to positive, with two themes and an open follow-up',
      {
        sentiment: { score: 0.6, label: 'positive', manual: true },
        themes: [{ themeId: 'delivery', label: 'Delivery', manual: false }, { themeId: 'custom.wait-time', label: 'Wait time', manual: true }],
        followUp: { state: 'open', note: 'call back' },
      },
      2, 12,
      'Comment 3 of 12, promoter, positive (corrected), themes: Delivery, Wait time, follow-up open',
    ],
    [
      'a detractor tagged automatically, follow-up done',
      { segment: 'detractor', score: 3, sentiment: { score: -0.7, label: 'negative', manual: false }, themes: [{ themeId: 'price', label: 'Price', manual: false }], followUp: { state: 'done' } },
      0, 1,
      'Comment 1 of 1, detractor, negative, themes: Price, follow-up done',
    ],
    [
      'an unrated comment still waiting for analysis',
      { segment: 'unrated', score: null, status: 'pending' },
      4, 5,
      'Comment 5 of 5, unrated, not tagged yet, no themes',
    ],
  ])('%s', (_name, over, index, total, text) => {
    expect(describeComment({ ...base, ...over }, index, total)).toBe(text);
  });

  test('theme labels are read as they are, markup included', () => {
    const c = { ...base, themes: [{ themeId: 'custom.x', label: '<img src=x onerror=alert(1)>', manual: true }] };
    expect(describeComment(c, 0, 1)).toContain('themes: <img src=x onerror=alert(1)>');
  });
});

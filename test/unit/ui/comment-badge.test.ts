import { describe, expect, test } from 'vitest';
import { mount } from '@vue/test-utils';
import CommentBadge from '../../../components/overlay/CommentBadge.vue';
import type { OverlayComment } from '../../../lib/messaging/protocol';

const base: OverlayComment = { id: 'c1', segment: 'promoter', score: 10, status: 'analysed', sentiment: null, themes: [], followUp: null };
const theme = (themeId: string, label: string, manual = false) => ({ themeId, label, manual });

describe('CommentBadge', () => {
  test.each<[string, Partial<OverlayComment>, string]>([
    [
      'a promoter with themes and an open follow-up',
      { sentiment: { score: 0.7, label: 'positive', manual: false }, themes: [theme('delivery', 'Delivery'), theme('price', 'Price')], followUp: { state: 'open' } },
      'Verbatim: promoter, positive, Delivery, Price, follow-up open',
    ],
    [
      'a detractor corrected by an agent, follow-up done',
      { segment: 'detractor', score: 2, sentiment: { score: -0.5, label: 'negative', manual: true }, themes: [theme('support', 'Support', true)], followUp: { state: 'done' } },
      'Verbatim: detractor, negative, Support, follow-up done',
    ],
    ['an unrated comment not analysed yet', { segment: 'unrated', score: null, status: 'pending' }, 'Verbatim: unrated, not tagged yet, no themes'],
  ])('%s: the aria-label says it all', (_name, over, label) => {
    const w = mount(CommentBadge, { props: { comment: { ...base, ...over }, focused: false, index: 0 } });
    expect(w.get('[data-testid="vb-badge"]').attributes('aria-label')).toBe(label);
  });

  test('shows segment, sentiment, the follow-up, two theme chips and a count of the rest', () => {
    const comment: OverlayComment = {
      ...base,
      sentiment: { score: -0.4, label: 'negative', manual: true },
      themes: [theme('support', 'Support', true), theme('price', 'Price'), theme('app', 'App'), theme('staff', 'Staff')],
      followUp: { state: 'open' },
    };
    const w = mount(CommentBadge, { props: { comment, focused: true, index: 2 } });
    expect(w.get('.vb-seg').text()).toBe('P');
    expect(w.get('[data-testid="vb-sentiment"]').text()).toBe('▼ negative');
    expect(w.get('[data-testid="vb-sentiment"]').classes()).toContain('manual');
    expect(w.findAll('[data-testid="vb-theme"]').map((c) => [c.text(), c.classes('manual')])).toEqual([['Support', true], ['Price', false]]);
    expect(w.get('.vb-chip.more').text()).toBe('+2');
    expect(w.get('[data-testid="vb-follow"]').text()).toBe('⚑ open');
    expect(w.get('button').attributes('aria-pressed')).toBe('true');
    // The label still names the themes the chips leave out.
    expect(w.get('button').attributes('aria-label')).toBe('Verbatim: promoter, negative, Support, Price, App, Staff, follow-up open');
  });

  test('a child theme takes its parent\'s chip; the label keeps both', () => {
    const comment: OverlayComment = { ...base, themes: [theme('delivery', 'Delivery'), theme('delivery.speed', 'Delivery speed'), theme('price', 'Price')] };
    const w = mount(CommentBadge, { props: { comment, focused: false, index: 0 } });
    expect(w.findAll('[data-testid="vb-theme"]').map((c) => c.text())).toEqual(['Delivery speed', 'Price']);
    expect(w.find('.vb-chip.more').exists()).toBe(false);
    expect(w.get('button').attributes('aria-label')).toBe('Verbatim: promoter, not tagged yet, Delivery, Delivery speed, Price');
  });

  test('hostile theme labels stay text, in the chips and in the label', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const w = mount(CommentBadge, { props: { comment: { ...base, themes: [theme('custom.x', hostile, true)] }, focused: false, index: 0 } });
    expect(w.find('img').exists()).toBe(false);
    expect(w.get('[data-testid="vb-theme"]').text()).toBe(hostile);
    expect(w.get('button').attributes('aria-label')).toBe(`Verbatim: promoter, not tagged yet, ${hostile}`);
  });

  test('a click selects the comment', async () => {
    const w = mount(CommentBadge, { props: { comment: base, focused: false, index: 0 } });
    await w.get('button').trigger('click');
    expect(w.emitted('select')).toHaveLength(1);
  });
});

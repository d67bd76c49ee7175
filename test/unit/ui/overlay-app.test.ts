import { describe, expect, test, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import OverlayApp from '../../../components/overlay/OverlayApp.vue';
import { createOverlayState } from '../../../stores/overlay';
import type { OverlayController } from '../../../entrypoints/content/overlay/controller';
import type { OverlayComment } from '../../../lib/messaging/protocol';

const themes = [{ id: 'delivery', label: 'Delivery' }, { id: 'price', label: 'Price' }];

function comment(id: string, over: Partial<OverlayComment> = {}): OverlayComment {
  return { id, segment: 'detractor', score: 3, status: 'analysed', sentiment: { score: -0.6, label: 'negative', manual: false }, themes: [], followUp: null, ...over };
}

function setup() {
  const state = createOverlayState();
  state.items = [
    { id: 'c1', element: document.createElement('p'), comment: comment('c1', { themes: [{ themeId: 'price', label: 'Price', manual: false }] }) },
    { id: 'c2', element: document.createElement('p'), comment: comment('c2', { segment: 'promoter', followUp: { state: 'open' } }) },
  ];
  state.boxes = [{ top: 100, left: 10, width: 300, height: 40 }, { top: 200, left: 10, width: 300, height: 40 }];
  state.focus = 0;
  const controller = {
    show: vi.fn(), act: vi.fn(), layout: vi.fn(), onKey: vi.fn(), focusIndex: vi.fn(),
    setSentiment: vi.fn(async () => {}), toggleTheme: vi.fn(async () => {}), toggleFollowUp: vi.fn(async () => {}),
    // As the real controller: running a command or closing puts the palette away; the picker needs a focused comment.
    runCommand: vi.fn(async () => {
      state.palette = false;
    }),
    setPicker: vi.fn((open: boolean) => {
      state.picker = open && state.focus >= 0;
    }),
    closePalette: vi.fn(() => {
      state.palette = false;
    }),
  } satisfies OverlayController;
  const w = mount(OverlayApp, { props: { state, controller, themes, lang: 'en' }, attachTo: document.body });
  return { state, controller, w };
}

describe('OverlayApp', () => {
  test('a badge beside each comment and a panel for the focused one', () => {
    const { w } = setup();
    expect(w.findAll('[data-testid="vb-badge"]').map((b) => b.attributes('data-comment-id'))).toEqual(['c1', 'c2']);
    // Badges sit at the right edge of their comment.
    expect(w.findAll('.vb-anchor').map((a) => a.attributes('style'))).toEqual(['top: 100px; left: 310px;', 'top: 200px; left: 310px;']);
    expect(w.get('[data-testid="vb-panel"] strong').text()).toBe('Comment 1 / 2');
    expect(w.get('[data-testid="vb-set-negative"]').attributes('aria-pressed')).toBe('true');
    expect(w.get('[data-testid="vb-set-positive"]').attributes('aria-pressed')).toBe('false');
    w.unmount();
  });

  test('panel buttons and badges call the controller', async () => {
    const { w, controller } = setup();
    await w.get('[data-testid="vb-set-positive"]').trigger('click');
    await w.get('[data-testid="vb-follow-up"]').trigger('click');
    await w.get('[aria-label="Remove theme Price"]').trigger('click');
    await w.findAll('[data-testid="vb-badge"]')[1]!.trigger('click');
    expect(controller.setSentiment).toHaveBeenCalledWith('positive');
    expect(controller.toggleFollowUp).toHaveBeenCalledTimes(1);
    expect(controller.toggleTheme).toHaveBeenCalledWith('price', 'Price');
    expect(controller.focusIndex).toHaveBeenCalledWith(1);
    w.unmount();
  });

  test('the theme picker marks the comment\'s themes and closes after a pick', async () => {
    const { w, state, controller } = setup();
    await w.get('[data-testid="vb-add-theme"]').trigger('click');
    expect(state.picker).toBe(true);
    expect(w.findAll('#vb-theme-list [role="option"]').map((o) => o.text())).toEqual(['Delivery', '✓ Price']);
    const search = w.get('[data-testid="vb-theme-search"]');
    await search.setValue('Refund');
    await search.trigger('keydown', { key: 'Enter' });
    expect(controller.toggleTheme).toHaveBeenCalledWith('custom.refund', 'Refund');
    expect(state.picker).toBe(false);
    expect(w.find('[data-testid="vb-theme-search"]').exists()).toBe(false);
    w.unmount();
  });

  test('the palette runs a command and closes; Escape just closes it', async () => {
    const { w, state, controller } = setup();
    state.palette = true;
    await flushPromises();
    const input = w.get('[data-testid="palette-input"]');
    await input.setValue('next fol');
    await input.trigger('keydown', { key: 'Enter' });
    expect(controller.runCommand).toHaveBeenCalledWith('next-follow-up');
    expect(state.palette).toBe(false);

    state.palette = true;
    await flushPromises();
    await w.get('[data-testid="palette-input"]').trigger('keydown', { key: 'Escape' });
    expect(state.palette).toBe(false);
    expect(controller.runCommand).toHaveBeenCalledTimes(1);
    w.unmount();
  });

  test('hidden overlay: no panel, layer hidden; no focus: no panel', async () => {
    const { w, state } = setup();
    state.visible = false;
    await flushPromises();
    expect(w.get('.vb-layer').attributes('hidden')).toBeDefined();
    expect(w.find('[data-testid="vb-panel"]').exists()).toBe(false);
    state.visible = true;
    state.focus = -1;
    await flushPromises();
    expect(w.find('[data-testid="vb-panel"]').exists()).toBe(false);
    expect(w.findAll('[data-testid="vb-badge"]')).toHaveLength(2);
    w.unmount();
  });

  test('errors are shown and announcements reach the live region', async () => {
    const { w, state } = setup();
    state.error = 'Could not save the tag';
    state.announcement = 'Comment 1 of 2, detractor, negative, themes: Price';
    await flushPromises();
    expect(w.get('[role="alert"]').text()).toBe('Could not save the tag');
    expect(w.get('[role="status"]').text()).toBe('Comment 1 of 2, detractor, negative, themes: Price');
    w.unmount();
  });
});

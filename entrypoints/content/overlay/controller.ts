import { browser } from 'wxt/browser';
import { request } from '../../../lib/messaging/client';
import type { OverlayComment } from '../../../lib/messaging/protocol';
import { commentId } from '../../../lib/db/ids';
import { actionFor, type OverlayAction } from '../../../lib/overlay/keys';
import type { CommandId } from '../../../lib/palette/commands';
import type { ExtractedComment } from '../../../lib/capture/adapter';
import type { OverlayState, Box } from '../../../stores/overlay';
import { describeComment } from '../../../lib/overlay/describe';

const send = (message: { type: string; data: unknown }) => browser.runtime.sendMessage(message);

export interface OverlayController {
  show(comments: ExtractedComment[]): Promise<void>;
  act(action: OverlayAction): void;
  setSentiment(label: 'negative' | 'neutral' | 'positive'): Promise<void>;
  toggleTheme(themeId: string, label: string): Promise<void>;
  toggleFollowUp(note?: string): Promise<void>;
  focusIndex(i: number): void;
  runCommand(id: CommandId): Promise<void>;
  setPicker(open: boolean): void;
  closePalette(): void;
  layout(): void;
  onKey(e: KeyboardEvent): void;
}

/**
 * Everything the overlay does, over its state. All writes go to the background through
 * the validated protocol; the stored tags that come back are what the badges show, so a
 * badge never claims a correction that was not saved.
 */
export function createController(state: OverlayState, deps: { runCommand(id: CommandId): Promise<void> }): OverlayController {
  const replace = (updated: OverlayComment | null) => {
    if (!updated) return;
    state.items = state.items.map((it) => (it.id === updated.id ? { ...it, comment: updated } : it));
  };
  const focused = () => state.items[state.focus];
  const announce = (text: string) => {
    state.announcement = '';
    queueMicrotask(() => (state.announcement = text));
  };
  const fail = (err: unknown) => {
    state.error = err instanceof Error ? err.message : String(err);
    announce(state.error);
  };

  async function setTags(change: Parameters<typeof request<'tags.set'>>[2]): Promise<void> {
    try {
      replace(await request(send, 'tags.set', change));
      state.error = '';
      const item = focused();
      if (item?.comment) announce(describeComment(item.comment, state.focus, state.items.length));
    } catch (err) {
      fail(err);
    }
  }

  function focusIndex(i: number): void {
    if (state.items.length === 0) return;
    state.focus = Math.max(0, Math.min(state.items.length - 1, i));
    state.picker = false;
    const item = state.items[state.focus]!;
    item.element.scrollIntoView?.({ block: 'center', behavior: 'instant' as ScrollBehavior });
    layout();
    announce(item.comment ? describeComment(item.comment, state.focus, state.items.length) : `Comment ${state.focus + 1} of ${state.items.length}`);
  }

  function findNext(pred: (c: OverlayComment | null) => boolean): void {
    const n = state.items.length;
    for (let step = 1; step <= n; step++) {
      const i = (state.focus + step + n) % n;
      if (pred(state.items[i]!.comment)) return focusIndex(i);
    }
    announce('None left');
  }

  function layout(): void {
    const host = document.querySelector('verbatim-overlay');
    const origin = (host?.shadowRoot?.querySelector('.vb-layer') ?? document.documentElement).getBoundingClientRect();
    state.boxes = state.items.map((it): Box => {
      const r = it.element.getBoundingClientRect();
      return { top: r.top - origin.top, left: r.left - origin.left, width: r.width, height: r.height };
    });
  }

  function act(action: OverlayAction): void {
    const item = focused();
    switch (action) {
      case 'next': return focusIndex(state.focus + 1);
      case 'previous': return focusIndex(state.focus < 0 ? 0 : state.focus - 1);
      case 'themes': if (item) state.picker = true; return;
      case 'negative': case 'neutral': case 'positive': if (item) void setSentiment(action); return;
      case 'follow-up': if (item) void toggleFollowUp(); return;
      case 'palette': state.palette = true; return;
      case 'next-untagged': return findNext((c) => !!c && c.themes.length === 0);
      case 'next-follow-up': return findNext((c) => c?.followUp?.state === 'open');
      case 'toggle': state.visible = !state.visible; return;
      case 'close':
        if (state.palette) state.palette = false;
        else if (state.picker) state.picker = false;
        else state.focus = -1;
        return;
    }
  }

  async function setSentiment(label: 'negative' | 'neutral' | 'positive'): Promise<void> {
    const item = focused();
    if (item) await setTags({ commentId: item.id, sentiment: label });
  }

  async function toggleTheme(themeId: string, label: string): Promise<void> {
    const item = focused();
    if (!item) return;
    const has = item.comment?.themes.some((t) => t.themeId === themeId);
    await setTags(has ? { commentId: item.id, removeTheme: themeId } : { commentId: item.id, addTheme: { themeId, label } });
  }

  async function toggleFollowUp(note?: string): Promise<void> {
    const item = focused();
    if (!item) return;
    const open = item.comment?.followUp?.state === 'open';
    await setTags({ commentId: item.id, followUp: open && note === undefined ? { state: 'done' } : { state: 'open', note } });
  }

  async function show(comments: ExtractedComment[]): Promise<void> {
    const withElements = comments.filter((c): c is ExtractedComment & { element: Element } => !!c.element);
    const ids = withElements.map(({ element: _e, ...c }) => commentId(c));
    try {
      const stored = await request(send, 'comments.lookup', { ids });
      const byId = new Map(stored.map((c) => [c.id, c]));
      state.items = withElements
        .map((c, i) => ({ id: ids[i]!, element: c.element, comment: byId.get(ids[i]!) ?? null }))
        .filter((it) => it.comment !== null);
      layout();
    } catch (err) {
      fail(err);
    }
  }

  function onKey(e: KeyboardEvent): void {
    if (state.items.length === 0) return;
    if (state.palette || state.picker) {
      if (e.key === 'Escape') act('close');
      return; // their own inputs handle every other key
    }
    const target = (e.composedPath()[0] ?? e.target) as Element | null;
    const action = actionFor(
      { key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, target: target as never },
      { hasFocus: state.focus >= 0 },
    );
    // Hidden, the overlay answers only the keys that bring it back.
    if (!action || (!state.visible && action !== 'toggle' && action !== 'palette')) return;
    if (!state.visible && action === 'palette') state.visible = true;
    e.preventDefault();
    e.stopPropagation();
    act(action);
  }

  return {
    show, act, setSentiment, toggleTheme, toggleFollowUp, focusIndex, layout, onKey,
    runCommand: async (id) => {
      state.palette = false;
      try {
        await deps.runCommand(id);
        state.error = '';
      } catch (err) {
        fail(err);
      }
    },
    setPicker: (open) => {
      state.picker = open && state.focus >= 0;
    },
    closePalette: () => {
      state.palette = false;
    },
  };
}

import { reactive, shallowRef } from 'vue';
import type { OverlayComment } from '../lib/messaging/protocol';

export interface OverlayItem {
  id: string;
  element: Element;
  comment: OverlayComment | null;
}

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/**
 * The overlay's state: the captured comments on the page (in page order) with their stored
 * tags, which one has the keyboard focus, and which panel is open. Page elements are kept
 * shallow: Vue must not proxy the page's DOM.
 */
export function createOverlayState() {
  return reactive({
    visible: true,
    items: shallowRef<OverlayItem[]>([]),
    boxes: shallowRef<Box[]>([]),
    focus: -1,
    picker: false,
    palette: false,
    noteOpen: false,
    announcement: '',
    error: '',
  });
}

export type OverlayState = ReturnType<typeof createOverlayState>;

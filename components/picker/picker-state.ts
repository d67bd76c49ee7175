import { reactive } from 'vue';

/** A rectangle in page coordinates (scrolling does not move it). */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/**
 * text: waiting for a click on a comment's text; rating: on its rating (or Skip);
 * review: the blocks the recipe finds are highlighted, waiting for Confirm;
 * saving: saving and capturing; done: captured, closing.
 */
export type PickerStep = 'text' | 'rating' | 'review' | 'saving' | 'done';

export interface PickerState {
  step: PickerStep;
  host: string;
  /** Outline of the element under the pointer, while picking. */
  hover: Box | null;
  /** The comment text (and rating) the user picked. */
  picked: Box[];
  /** Every block the recipe captures. */
  found: Box[];
  /** Comments captured on confirm. */
  captured: number;
  /** What went wrong at the last step, shown until the next click. */
  problem: string | null;
}

/** What the bar's buttons do; the content script's picker session implements it. */
export interface PickerActions {
  skipRating(): void;
  restart(): void;
  confirm(): Promise<void>;
  cancel(): void;
}

export function createPickerState(host: string): PickerState {
  return reactive<PickerState>({ step: 'text', host, hover: null, picked: [], found: [], captured: 0, problem: null });
}

export function boxOf(el: Element): Box {
  const r = el.getBoundingClientRect();
  const view = el.ownerDocument.defaultView;
  return { top: r.top + (view?.scrollY ?? 0), left: r.left + (view?.scrollX ?? 0), width: r.width, height: r.height };
}

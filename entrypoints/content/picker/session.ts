import { applyRecipe, inferRecipe, type Recipe } from '../../../lib/capture/generic/recipe';
import { boxOf, type PickerActions, type PickerState } from '../../../components/picker/picker-state';

export interface PickerDeps {
  /** Saves the recipe for this site (through the background). */
  save(recipe: Recipe): Promise<void>;
  /** Captures the page by the recipe and stores it; resolves to how many comments were found. */
  capture(recipe: Recipe): Promise<number>;
  /** Localised problem texts. */
  problems: { noBlock: string; failed: (reason: string) => string };
  close(): void;
}

export interface PickerSession extends PickerActions {
  hover(target: Element | null): void;
  pick(target: Element): void;
  /** Measures the boxes again after the page laid out anew. */
  relayout(): void;
}

/** Our own UI hosts are never part of a comment. */
const ours = (el: Element) => el.tagName.startsWith('VERBATIM-');

/** Links and emphasis inside a comment: a click on them means the text around them. */
const INLINE = new Set(['A', 'B', 'I', 'EM', 'STRONG', 'MARK', 'CODE', 'U', 'S', 'ABBR', 'CITE']);

function textTarget(el: Element): Element {
  let cur = el;
  while (INLINE.has(cur.tagName) && cur.parentElement && cur.parentElement.tagName !== 'BODY') cur = cur.parentElement;
  return cur;
}

/**
 * The picker's steps, apart from how they are drawn: pick a comment's text, then its
 * rating or Skip, then the highlighted blocks are confirmed, saved and captured.
 */
export function createPickerSession(doc: Document, state: PickerState, deps: PickerDeps): PickerSession {
  let textEl: Element | null = null;
  let picked: Element[] = [];
  let blocks: Element[] = [];
  let recipe: Recipe | null = null;

  function infer(ratingEl?: Element): void {
    if (!textEl) return;
    try {
      recipe = inferRecipe(doc, textEl, ratingEl);
      blocks = applyRecipe(doc, recipe, doc.URL).flatMap((c) => (c.element ? [c.element] : []));
      if (blocks.length === 0) throw new Error('nothing found');
      state.found = blocks.map(boxOf);
      state.hover = null;
      state.problem = null;
      state.step = 'review';
    } catch {
      restart();
      state.problem = deps.problems.noBlock;
    }
  }

  function restart(): void {
    textEl = null;
    picked = [];
    blocks = [];
    recipe = null;
    Object.assign(state, { step: 'text', hover: null, picked: [], found: [], problem: null });
  }

  return {
    hover(target) {
      if (state.step !== 'text' && state.step !== 'rating') return;
      state.hover = target && !ours(target) ? boxOf(state.step === 'text' ? textTarget(target) : target) : null;
    },
    pick(target) {
      if (ours(target)) return;
      if (state.step === 'text') {
        textEl = textTarget(target);
        picked = [textEl];
        state.picked = [boxOf(textEl)];
        state.problem = null;
        state.step = 'rating';
      } else if (state.step === 'rating') {
        picked = [...picked, target];
        state.picked = picked.map(boxOf);
        infer(target);
      }
    },
    skipRating: () => infer(),
    restart,
    async confirm() {
      if (state.step !== 'review' || !recipe) return;
      state.step = 'saving';
      try {
        await deps.save(recipe);
        state.captured = await deps.capture(recipe);
        blocks = [];
        picked = [];
        Object.assign(state, { found: [], picked: [], step: 'done' });
      } catch (err) {
        state.step = 'review';
        state.problem = deps.problems.failed(err instanceof Error ? err.message : String(err));
      }
    },
    cancel: () => deps.close(),
    relayout() {
      state.picked = picked.map(boxOf);
      if (state.step === 'review') state.found = blocks.map(boxOf);
    },
  };
}

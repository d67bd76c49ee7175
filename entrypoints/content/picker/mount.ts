import { createApp, watch } from 'vue';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import PickerApp from '../../../components/picker/PickerApp.vue';
import css from '../../../components/picker/picker.css?inline';
import { t } from '../../../components/i18n';
import { createPickerState } from '../../../components/picker/picker-state';
import { createPickerSession, type PickerDeps } from './session';

/** Pointer events the page must not see while the user picks, so links and buttons stay put. */
const SWALLOWED = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'auxclick', 'submit'] as const;
const DONE_CLOSES_AFTER_MS = 2_500;

/**
 * Opens the picker over the page: a bar in a shadow root (page CSS cannot reach it) and
 * outline boxes drawn over the page, never styles on the page's own elements. Resolves
 * once it is shown; `onClosed` runs when the user confirms, cancels or presses Esc.
 */
export async function mountPicker(
  ctx: ContentScriptContext,
  deps: Pick<PickerDeps, 'save' | 'capture'>,
  onClosed: () => void,
): Promise<void> {
  const state = createPickerState(location.hostname);
  const listeners = new AbortController();
  let closed = false;

  const session = createPickerSession(document, state, {
    ...deps,
    problems: { noBlock: t('pickerNoBlock'), failed: (reason) => t('pickerFailed', reason) },
    close,
  });

  const ui = await createShadowRootUi(ctx, {
    name: 'verbatim-picker',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    css,
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(container) {
      const app = createApp(PickerApp, { state, session });
      app.mount(container);
      return app;
    },
    onRemove(app) {
      app?.unmount();
    },
  });

  function close(): void {
    if (closed) return;
    closed = true;
    listeners.abort();
    ui.remove();
    onClosed();
  }

  const inOurUi = (e: Event) => e.composedPath().includes(ui.shadowHost);
  const targetOf = (e: Event) => (e.target instanceof Element ? e.target : null);
  // Until the picker is done the page is only looked at: its links and buttons stay put.
  const picking = () => state.step !== 'done';
  const opts = { capture: true, signal: listeners.signal };

  for (const type of SWALLOWED) {
    window.addEventListener(type, (e) => {
      if (inOurUi(e) || !picking()) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      const target = targetOf(e);
      if (type === 'click' && target) session.pick(target);
    }, opts);
  }
  window.addEventListener('mousemove', (e) => session.hover(inOurUi(e) ? null : targetOf(e)), opts);
  window.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopImmediatePropagation();
    close();
  }, opts);
  // Boxes are in page coordinates: only a new layout moves them.
  window.addEventListener('resize', () => session.relayout(), opts);
  ctx.onInvalidated(close);

  // The result stays up a moment so it can be read (and announced), then the picker goes.
  const stopWatch = watch(() => state.step, (step) => {
    if (step === 'done') ctx.setTimeout(close, DONE_CLOSES_AFTER_MS);
  });
  listeners.signal.addEventListener('abort', stopWatch);
  ui.mount();
}

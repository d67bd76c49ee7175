import { createApp } from 'vue';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import OverlayApp from '../../../components/overlay/OverlayApp.vue';
import css from '../../../components/overlay/overlay.css?inline';
import { createOverlayState } from '../../../stores/overlay';
import { createController, type OverlayController } from './controller';
import { builtinTaxonomy } from '../../../lib/nlp/taxonomy/builtin';
import type { CommandId } from '../../../lib/palette/commands';
import type { TaxonomyTheme } from '../../../lib/types';

function flatThemes(themes: TaxonomyTheme[], lang: string, out: { id: string; label: string }[] = []) {
  for (const t of themes) {
    out.push({ id: t.id, label: t.labels?.[lang] ?? t.label });
    if (t.children) flatThemes(t.children, lang, out);
  }
  return out;
}

/**
 * Mounts the overlay in a shadow root hung on <html>, outside the page's body, so the
 * page's CSS, stacking contexts and re-renders cannot break it, and it cannot break them.
 */
export async function mountOverlay(ctx: ContentScriptContext, runCommand: (id: CommandId) => Promise<void>): Promise<OverlayController> {
  const state = createOverlayState();
  const controller = createController(state, { runCommand });
  const lang = navigator.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
  const ui = await createShadowRootUi(ctx, {
    name: 'verbatim-overlay',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    css,
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(container) {
      const app = createApp(OverlayApp, { state, controller, themes: flatThemes(builtinTaxonomy.themes, lang), lang });
      app.mount(container);
      return app;
    },
    onRemove(app) {
      app?.unmount();
    },
  });
  ui.mount();

  // Keep badges beside their comments as the page lays out again, loads images or resizes.
  let frame = 0;
  const relayout = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => controller.layout());
  };
  const resizes = new ResizeObserver(relayout);
  resizes.observe(document.documentElement);
  ctx.addEventListener(window, 'resize', relayout);
  ctx.addEventListener(window, 'keydown', (e) => controller.onKey(e as KeyboardEvent), { capture: true });
  ctx.onInvalidated(() => resizes.disconnect());
  return controller;
}

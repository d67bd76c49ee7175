import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { createPageReader } from './page-capture';
import { advance } from './next-page';
import { downloadText } from '../../components/export/download';
import { mountOverlay } from './overlay/mount';
import type { OverlayController } from './overlay/controller';
import { request } from '../../lib/messaging/client';
import { sourceId } from '../../lib/db/ids';
import type { CommandId } from '../../lib/palette/commands';
import type { Recipe } from '../../lib/capture/generic/recipe';
import { mountPicker } from './picker/mount';

const send = (message: { type: string; data: unknown }) => browser.runtime.sendMessage(message);

/**
 * Injected into a tab only when the user asks (activeTab + scripting), or on sites the
 * user allowed Verbatim on. It reads the page, shows the overlay for comments already
 * captured, and writes nothing itself: every change goes through the background.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  cssInjectionMode: 'manual',
  main(ctx) {
    // Injected again (a second capture), WXT invalidates the older instance; this one takes over.
    let overlay: Promise<OverlayController> | null = null;

    const ensureOverlay = () => (overlay ??= mountOverlay(ctx, runCommand));
    // The recipe the user taught for this site (asked once per injection; replaced on save).
    let taught: Promise<Recipe | null> | null = null;
    const recipe = () =>
      (taught ??= location.hostname ? request(send, 'recipe.get', { host: location.hostname }).catch(() => null) : Promise.resolve(null));
    let picking = false;
    const reader = createPageReader();

    async function showOverlay(): Promise<void> {
      const comments = reader.read(document, location.href, await recipe());
      if (comments.length === 0) return;
      await (await ensureOverlay()).show(comments);
    }

    async function runCommand(id: CommandId): Promise<void> {
      const controller = await ensureOverlay();
      switch (id) {
        case 'capture-page': {
          const capture = await reader.capture(document, location.href, await recipe());
          await request(send, 'capture.store', capture.page);
          return showOverlay();
        }
        case 'capture-all-pages':
          await request(send, 'capture.pages', { maxPages: 50 });
          return;
        case 'tag-focused':
          if (ctx.isValid) controller.act('themes');
          return;
        case 'next-untagged': return controller.act('next-untagged');
        case 'next-follow-up': return controller.act('next-follow-up');
        case 'toggle-overlay': return controller.act('toggle');
        case 'export-drivers':
        case 'export-comments': {
          const kind = id === 'export-drivers' ? 'drivers' : 'comments';
          const file = await request(send, 'export.csv', { kind, scope: `source:${sourceId(location.href)}`, locale: navigator.language });
          return downloadText(file.name, file.csv);
        }
        case 'open-dashboard':
          await request(send, 'dashboard.open', {});
          return;
      }
    }

    async function startPicker(): Promise<void> {
      if (picking) return;
      picking = true;
      await mountPicker(ctx, {
        save: async (r) => {
          const saved = await request(send, 'recipe.save', { recipe: r });
          taught = Promise.resolve(saved);
        },
        capture: async (r) => {
          const capture = await reader.capture(document, location.href, r);
          const outcome = await request(send, 'capture.store', capture.page);
          await showOverlay();
          return outcome.found;
        },
      }, () => (picking = false)).catch((err: unknown) => {
        picking = false;
        throw err;
      });
    }

    const listener = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const type = (message as { type?: unknown } | null)?.type;
      if (type === 'capture.run') {
        return recipe().then((r) => reader.capture(document, location.href, r)).then(
          (capture) => ({ page: capture.page, method: capture.method, warnings: capture.warnings }),
          (err: unknown) => ({ error: err instanceof Error ? err.message : String(err) }),
        );
      }
      if (type === 'capture.advance') return advance();
      if (type === 'picker.start') {
        return startPicker().then(
          () => true,
          (err: unknown) => ({ error: err instanceof Error ? err.message : String(err) }),
        );
      }
      if (type === 'overlay.refresh') return showOverlay().then(() => true);
      if (type === 'palette.open') {
        return ensureOverlay().then((c) => {
          c.act('palette');
          return true;
        });
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));

    watchPage(ctx, reader.changed, () => void showOverlay().catch(() => undefined));
    // Comments captured on an earlier visit get their badges back as soon as the page is read.
    void showOverlay().catch(() => undefined);
  },
});

/**
 * Tells the reader of every change to the page, text and attributes included (a "Read more"
 * may only swap a text node), so that no stale read is ever captured; and re-reads the page
 * (debounced) when it re-renders or loads more, so badges follow their comments. The
 * overlay's own changes are neither.
 */
function watchPage(ctx: ContentScriptContext, changed: () => void, onChange: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ours = (r: MutationRecord) => !!(r.target as Element).closest?.('verbatim-overlay') || !!r.target.parentElement?.closest('verbatim-overlay');
  const observer = new MutationObserver((records) => {
    const theirs = records.filter((r) => !ours(r));
    if (theirs.length === 0) return;
    changed();
    if (!theirs.some((r) => r.type === 'childList')) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, 400);
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
  ctx.onInvalidated(() => observer.disconnect());
}

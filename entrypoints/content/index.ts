import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { capturePage, type PageCapture } from './page-capture';

declare global {
  interface Window {
    __verbatimContent?: boolean;
  }
}

/**
 * Injected into the user's tab only when they ask (activeTab + scripting); it is not
 * listed in the manifest, so Verbatim reads no page the user did not point it at.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    if (window.__verbatimContent) return;
    window.__verbatimContent = true;
    let last: PageCapture | null = null;

    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const type = (message as { type?: unknown } | null)?.type;
      if (type === 'capture.run') {
        return capturePage(document, location.href).then((capture) => {
          last = capture;
          return { page: capture.page, method: capture.method, warnings: capture.warnings };
        }, (err: unknown) => ({ error: err instanceof Error ? err.message : String(err) }));
      }
      if (type === 'capture.count') return Promise.resolve(last?.page.comments.length ?? 0);
      return undefined;
    });
  },
});

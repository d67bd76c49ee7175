import { browser } from 'wxt/browser';
import type { Step } from '../../lib/worker/capture-all';

/** Loads `href` in the tab and resolves once it has finished loading (or after 30 s). */
export function navigate(tabId: number, href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(), 30_000);
    const listener = (id: number, info: { status?: string }) => {
      if (id === tabId && info.status === 'complete') done();
    };
    function done(): void {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      resolve();
    }
    browser.tabs.onUpdated.addListener(listener);
    browser.tabs.update(tabId, { url: href }).catch((err: unknown) => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      reject(err instanceof Error ? err : new Error(String(err)));
    });
  });
}

/** Asks the capture script in the tab to move on one page (link, load more, or scroll). */
export async function advance(tabId: number): Promise<Step> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
  const step = (await browser.tabs.sendMessage(tabId, { type: 'capture.advance' })) as Step | undefined;
  if (!step || !['link', 'loaded', 'end'].includes(step.kind)) return { kind: 'end' };
  if (step.kind === 'link' && !/^https?:/.test(step.href)) return { kind: 'end' };
  return step;
}

export function notifyTab(tabId: number): void {
  browser.tabs.sendMessage(tabId, { type: 'overlay.refresh' }).catch(() => undefined);
}

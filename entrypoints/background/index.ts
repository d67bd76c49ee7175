import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { createRouter } from '../../lib/messaging/router';
import { createDb } from '../../lib/db';
import { createBackgroundService } from '../../lib/worker/service';
import { captureTab } from './capture-tab';
import { startPicker } from './picker-tab';
import { advance, navigate, notifyTab } from './tabs';
import { syncOverlayRegistration } from './registration';

export default defineBackground({
  type: 'module',
  main() {
    const db = createDb();
    const service = createBackgroundService(db, {
      captureTab,
      startPicker,
      advance,
      navigate,
      notifyTab,
      openDashboard: async () => void (await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') })),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    });
    const route = createRouter(service.handlers, { id: browser.runtime.id, origin: browser.runtime.getURL('/') });

    browser.runtime.onMessage.addListener((message, sender) =>
      route(message, { id: sender.id, tabId: sender.tab?.id, url: sender.url }),
    );
    browser.commands.onCommand.addListener((command, tab) => {
      if (tab?.id === undefined) return;
      if (command === 'capture-page') void service.captureAndStore(tab.id).catch(() => undefined);
      if (command === 'open-palette') void openPalette(tab.id);
    });
    // Sites the user allowed get the overlay back on every visit.
    browser.permissions.onAdded.addListener(() => void syncOverlayRegistration());
    browser.permissions.onRemoved.addListener(() => void syncOverlayRegistration());
    void syncOverlayRegistration();
    // A worker stopped mid-batch left comments pending: take them up again at every start.
    void service.resume();
  },
});

/** The shortcut grants activeTab, so the palette can open on any page the user is on. */
async function openPalette(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] }).catch(() => undefined);
  await browser.tabs.sendMessage(tabId, { type: 'palette.open' }).catch(() => undefined);
}

import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { createRouter } from '../../lib/messaging/router';
import { createDb } from '../../lib/db';
import { createBackgroundService } from '../../lib/worker/service';
import { captureTab } from './capture-tab';

export default defineBackground({
  type: 'module',
  main() {
    const db = createDb();
    const service = createBackgroundService(db, { captureTab });
    const route = createRouter(service.handlers, { id: browser.runtime.id, origin: browser.runtime.getURL('/') });

    browser.runtime.onMessage.addListener((message, sender) =>
      route(message, { id: sender.id, tabId: sender.tab?.id, url: sender.url }),
    );
    browser.commands.onCommand.addListener((command, tab) => {
      if (command === 'capture-page' && tab?.id !== undefined) void service.captureAndStore(tab.id);
    });
    // A worker stopped mid-batch left comments pending: take them up again at every start.
    void service.resume();
  },
});

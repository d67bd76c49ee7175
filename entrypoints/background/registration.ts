import { browser } from 'wxt/browser';

const ID = 'verbatim-overlay';

/**
 * Registers the capture/overlay script for exactly the sites the user granted (optional host
 * permissions asked for at run time), so badges come back when they return to a page.
 */
export async function syncOverlayRegistration(): Promise<void> {
  const origins = ((await browser.permissions.getAll()).origins ?? []).filter((o) => /^https?:\/\//.test(o));
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [ID] });
  if (origins.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: ID, js: ['/content-scripts/content.js'], matches: origins, runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

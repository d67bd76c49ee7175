import { browser } from 'wxt/browser';

/**
 * Injects the content script into the tab the user pointed at (activeTab grants it for
 * this click) and opens the picker there. A page that cannot be scripted is named as such.
 */
export async function startPicker(tabId: number): Promise<void> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`Verbatim cannot pick on this page (${reason.replace(/\.$/, '')}). Open a review page in a normal tab.`);
  }
  const reply = (await browser.tabs.sendMessage(tabId, { type: 'picker.start' })) as { error?: string } | true | undefined;
  if (!reply) throw new Error('The page did not answer. Reload it and try again.');
  if (reply !== true && reply.error) throw new Error(reply.error);
}

import { browser } from 'wxt/browser';
import { schemas, type MessageData } from '../../lib/messaging/protocol';

export interface TabCapture {
  page: MessageData<'capture.store'>;
  method: string;
  warnings: string[];
}

/**
 * Injects the capture script into the tab the user pointed at (activeTab grants it for
 * this click) and asks it to read the page. A browser page or a store page cannot be
 * scripted: the user is told so in plain words.
 */
export async function captureTab(tabId: number): Promise<TabCapture> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`Verbatim cannot read this page (${reason.replace(/\.$/, '')}). Open a review or survey page in a normal tab.`);
  }
  const reply = (await browser.tabs.sendMessage(tabId, { type: 'capture.run' })) as
    | { page: unknown; method: string; warnings: string[] }
    | { error: string }
    | undefined;
  if (!reply) throw new Error('The page did not answer. Reload it and try again.');
  if ('error' in reply) throw new Error(`Reading the page failed: ${reply.error}`);
  const page = schemas['capture.store'].safeParse(reply.page);
  if (!page.success) throw new Error('The page returned comments Verbatim could not accept.');
  return { page: page.data, method: String(reply.method), warnings: reply.warnings.map(String).slice(0, 20) };
}

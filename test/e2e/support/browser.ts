import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const extensionDir = resolve(process.env.VERBATIM_OUT_DIR ?? '.output', 'chrome-mv3-e2e');
export const artifactsDir = resolve('test-results');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker(): Promise<Worker>;
  /** Every request the browser made to anything but the fixture server and the extension itself. */
  foreignRequests: string[];
  openPopup(tabId?: number, opts?: { colorScheme?: 'light' | 'dark' }): Promise<Page>;
  close(): Promise<void>;
}

/** Debian's Chromium, headless, with the built extension loaded (see TOOLCHAIN.md). */
export async function launchWithExtension(): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run "wxt build --mode e2e" first.`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'verbatim-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  const foreignRequests: string[] = [];
  const allowed = (url: string) =>
    url.startsWith('http://127.0.0.1:') || url.startsWith('chrome-extension://') || url.startsWith('data:') ||
    url.startsWith('blob:') || url.startsWith('about:') || url.startsWith('chrome://');
  context.on('request', (req) => {
    if (!allowed(req.url())) foreignRequests.push(req.url());
  });
  const firstWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(firstWorker.url()).host;

  async function worker(): Promise<Worker> {
    const live = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
    return live ?? context.waitForEvent('serviceworker');
  }

  return {
    context,
    extensionId,
    worker,
    foreignRequests,
    async openPopup(tabId, opts = {}) {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: opts.colorScheme ?? 'light' });
      await page.setViewportSize({ width: 380, height: 600 });
      await page.goto(`chrome-extension://${extensionId}/popup.html${tabId ? `?tabId=${tabId}` : ''}`);
      return page;
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The id Chromium gave the tab showing `page` (asked of the extension's own worker). */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  const url = page.url();
  const w = await browser.worker();
  const id = await w.evaluate(async (u) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`No tab found for ${url}`);
  return id;
}

/** Opens `url` in a new tab, as a user would, and returns the page with its tab id. */
export async function openTab(browser: ExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  if (process.env.E2E_DEBUG) page.on('console', (m) => console.log(`[${url}]`, m.type(), m.text()));
  await page.goto(url);
  return { page, tabId: await tabIdOf(browser, page) };
}

import { afterAll, beforeAll } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { artifactsDir, launchWithExtension, type ExtensionBrowser } from './browser';
import { serveFixtures, type FixtureServer } from './server';

/**
 * One browser with the built extension and one fixture server per test file, started
 * before its tests and closed after them; `ready` hands both to the file.
 */
export function withExtension(ready: (browser: ExtensionBrowser, server: FixtureServer) => void, pages = 'test/e2e/pages'): void {
  let browser: ExtensionBrowser | undefined;
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    await mkdir(artifactsDir, { recursive: true });
    server = await serveFixtures(resolve(pages));
    browser = await launchWithExtension();
    ready(browser, server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}

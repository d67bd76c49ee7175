/**
 * `npm run demo`: builds the extension, serves the bundled demo review page on 127.0.0.1,
 * loads the extension in Chromium (headless unless a display is there), captures the page
 * as a user would, and writes the popup screenshot and both CSV exports to demo-output/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchWithExtension, tabIdOf } from '../e2e/support/browser';
import { serveFixtures } from '../e2e/support/server';

const out = resolve('demo-output');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function fail(message: string): never {
  console.error(`demo: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  if (!existsSync(chromiumPath)) {
    fail(`Chromium not found at ${chromiumPath}. Install it (Debian: "apt-get install chromium") or set CHROMIUM_PATH.`);
  }
  console.log('demo: building the extension…');
  const build = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) fail('the extension build failed (see above).');

  await mkdir(out, { recursive: true });
  const server = await serveFixtures(resolve('test/demo'));
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/reviews.html`);
    console.log(`demo: opened ${page.url()}`);
    const popup = await browser.openPopup(await tabIdOf(browser, page));
    await popup.getByTestId('capture').click();
    const result = popup.getByTestId('capture-result').or(popup.getByTestId('capture-error'));
    await result.waitFor();
    console.log(`demo: ${await result.textContent()}`);
    await popup.getByTestId('tagging').waitFor({ state: 'detached', timeout: 60_000 });
    await popup.getByTestId('nps-score').waitFor();

    const nps = await popup.getByTestId('nps-score').textContent();
    const moe = await popup.getByTestId('nps-moe').textContent();
    const n = (await popup.getByTestId('nps-n').textContent())?.match(/\d+/)?.[0] ?? '?';
    console.log(`demo: NPS-like ${nps} ${moe} from ${n} rated reviews (stars mapped: 5 promoter, 4 passive, 1–3 detractor)`);
    for (const kind of ['promoter', 'detractor'] as const) {
      const rows = await popup.getByTestId(`${kind}-drivers`).locator('li.driver').evaluateAll((els) =>
        els.map((e) => `${e.querySelector('.driver-label')?.textContent} ${e.querySelector('.driver-impact')?.textContent}`),
      );
      console.log(`demo: ${kind} drivers: ${rows.join(', ') || '(none)'}`);
    }
    await popup.screenshot({ path: `${out}/popup.png`, fullPage: true });
    for (const kind of ['drivers', 'comments'] as const) {
      const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId(`export-${kind}`).click()]);
      await copyFile((await download.path())!, `${out}/${kind}.csv`);
    }
    console.log(`demo: wrote ${out}/popup.png, ${out}/drivers.csv and ${out}/comments.csv`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err: unknown) => fail(err instanceof Error ? err.message : String(err)));

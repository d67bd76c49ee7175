import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Builds the store version of the extension for `browser` into a fresh folder and reads its manifest. */
async function productionManifest(browser: 'chrome' | 'firefox'): Promise<Record<string, unknown>> {
  const out = await mkdtemp(join(tmpdir(), 'verbatim-manifest-'));
  try {
    const build = spawnSync('npx', ['wxt', 'build', '-b', browser], { env: { ...process.env, VERBATIM_OUT_DIR: out }, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    return JSON.parse(await readFile(join(out, `${browser}-mv3`, 'manifest.json'), 'utf8'));
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

describe('the store builds ask only for what Verbatim uses', () => {
  test.each(['chrome', 'firefox'] as const)('%s: activeTab, scripting, storage; site access only on request', async (browser) => {
    const manifest = await productionManifest(browser);
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(Object.keys(manifest.commands as object)).toEqual(['_execute_action', 'capture-page', 'open-palette']);
    expect(JSON.stringify(manifest.content_security_policy)).not.toMatch(/unsafe-eval|https?:/);
    expect(manifest.web_accessible_resources).toBeUndefined();
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { atLeast, atMost, figureTable, info, missing, ms, num, type Figure } from './format';

/**
 * `npm run bench [-- NAME...] [--build | --no-build]`: runs the benchmarks in turn (all of
 * them, or the named ones), then prints every target figure with PASS or MISS. Each Node
 * module prints its own figures; the summary reads them back from that output, so a
 * module's wording is its own and a figure this file cannot find shows as a MISS to look at.
 */

const pct = (x: number) => `${num(x, 1)}%`;
const times = (x: number) => `${num(x, 2)}×`;

/** The first capture of `re` in `out` as a number, or null. */
function grab(out: string, re: RegExp): number | null {
  const m = re.exec(out);
  return m ? Number(m[1].replace(/,/g, '')) : null;
}

const NOT_FOUND = 'not found in its output';

/** A "≤ limit" figure read from a module's output, or a MISS when the output did not have it. */
function upTo(bench: string, what: string, value: number | null, limit: number, unit: (x: number) => string): Figure {
  return value === null ? missing(bench, what, `≤ ${unit(limit)}`, NOT_FOUND) : atMost(bench, what, value, limit, unit);
}

function atLeastFound(bench: string, what: string, value: number | null, floor: number, unit: (x: number) => string): Figure {
  return value === null ? missing(bench, what, `≥ ${unit(floor)}`, NOT_FOUND) : atLeast(bench, what, value, floor, unit);
}

function infos(bench: string, out: string, pairs: [string, RegExp, (x: number) => string][]): Figure[] {
  return pairs.flatMap(([what, re, unit]) => {
    const v = grab(out, re);
    return v === null ? [] : [info(bench, what, unit(v))];
  });
}

const perSecond = (x: number) => `${num(x)} comments/s`;

/** What each module's printed figures are held against. */
const EXTRACTORS: Record<string, (out: string) => Figure[]> = {
  extraction: (out) => {
    // One table row per page: name, size, count, runs, parse ms, extract ms, wall ratio %, cpu ratio %.
    const rows = [...out.matchAll(/^(\S.*?)\s{2,}.*?([\d.]+)%\s+([\d.]+)%/gm)];
    if (rows.length === 0) return [upTo('extraction', 'extract ÷ parse time', null, 10, pct)];
    return rows.map((m) => atMost('extraction', `extract ÷ parse, ${m[1].trim()}`, Number(m[2]), 10, pct));
  },
  tagging: (out) => [
    atLeastFound('tagging', 'full tagging speed ÷ bare wink', grab(out, /ratio[^\n]*?([\d.]+)×/), 0.5, times),
    ...infos('tagging', out, [
      ['  full tagging, English', /full tagging \(analyzeText[^\n]*?([\d,]+) comments\/s/, perSecond],
      ['  bare wink', /bare wink[^\n]*?([\d,]+) comments\/s/, perSecond],
      ['  full tagging, English, lang en', /full tagging, lang en[^\n]*?([\d,]+) comments\/s/, perSecond],
      ['  full tagging, Dutch', /full tagging, Dutch[^\n]*?([\d,]+) comments\/s/, perSecond],
    ]),
  ],
  discovery: (out) => [
    upTo('discovery', 'theme discovery, 10,000 comments', grab(out, /discovery[^\n]*median[^\n]*?: ([\d.]+) ms/), 1000, ms),
  ],
  drivers: (out) => [
    upTo('drivers', 'summarizeDrivers, 100,000 comments', grab(out, /summarizeDrivers\s+[\d,]+\s+\d+\s+([\d.]+)/), 50, ms),
  ],
  db: (out) => infos('db', out, [
    ['storeCaptured, 10,000 (fake-indexeddb)', /storeCaptured ([\d.]+) ms/, ms],
    ['tag queue (tagIntake), 10,000 (fake-indexeddb)', /tagIntake ([\d.]+) ms/, ms],
    ['readSummary (fake-indexeddb)', /readSummary ([\d.]+) ms/, ms],
    ['pageComments (fake-indexeddb)', /pageComments[^\n]*? ([\d.]+) ms/, ms],
  ]),
};

const NODE_BENCHES = Object.keys(EXTRACTORS);
const ALL = [...NODE_BENCHES, 'browser'];

/** Runs `task` while copying everything it prints to stdout, and returns that text. */
async function teed(task: () => Promise<void>): Promise<string> {
  const chunks: string[] = [];
  const stdout = process.stdout as unknown as { write: (chunk: unknown, ...rest: unknown[]) => boolean };
  const write = stdout.write;
  stdout.write = (chunk, ...rest) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
    return write.call(process.stdout, chunk, ...rest);
  };
  try {
    await task();
  } finally {
    stdout.write = write;
  }
  return chunks.join('');
}

const heading = (name: string) => console.log(`\n── ${name} ${'─'.repeat(Math.max(0, 60 - name.length))}`);
const failure = (err: unknown) => (err instanceof Error ? err.stack ?? err.message : String(err));

async function runNode(name: string): Promise<{ figures: Figure[]; ok: boolean }> {
  const file = new URL(`./${name}.ts`, import.meta.url);
  if (!existsSync(fileURLToPath(file))) {
    console.log(`skipped: ${name} (not present)`);
    return { figures: [missing(name, 'module', '—', 'not present')], ok: false };
  }
  heading(name);
  const t0 = performance.now();
  try {
    const mod = (await import(file.href)) as { bench?: () => Promise<void> };
    if (typeof mod.bench !== 'function') throw new Error(`${name}.ts exports no bench()`);
    const out = await teed(mod.bench);
    console.log(`(${name}: ${ms(performance.now() - t0)})`);
    return { figures: EXTRACTORS[name](out), ok: true };
  } catch (err) {
    console.log(`failed: ${name}\n${failure(err)}`);
    return { figures: [missing(name, 'run', '—', 'failed')], ok: false };
  }
}

type BuildMode = 'auto' | 'always' | 'never';

const EXTENSION = resolve('.output/chrome-mv3-e2e/manifest.json');
const BUILT_FROM = ['entrypoints', 'components', 'stores', 'lib', 'public', 'wxt.config.ts', 'package.json'];

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), s.mtimeMs);
}

/** Builds the e2e extension (`auto`: when it is missing or older than anything it is built from). */
function ensureBuilt(mode: BuildMode): void {
  const built = existsSync(EXTENSION) ? statSync(EXTENSION).mtimeMs : 0;
  const stale = BUILT_FROM.some((p) => existsSync(p) && newest(resolve(p)) > built);
  if (mode === 'never' || (mode === 'auto' && !stale)) return;
  const t0 = performance.now();
  const run = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0) {
    const tail = `${run.stdout}\n${run.stderr}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`wxt build --mode e2e failed (exit ${run.status}):\n${tail}`);
  }
  console.log(`built the extension (wxt build --mode e2e) in ${ms(performance.now() - t0)}`);
}

async function runBrowser(build: BuildMode): Promise<{ figures: Figure[]; ok: boolean }> {
  heading('browser (Chromium, built extension)');
  const t0 = performance.now();
  try {
    ensureBuilt(build);
    // Imported only when asked for: it brings Playwright and the tagging engine.
    const { measureBrowser } = await import('./browser');
    const { measureExtractionInBrowser } = await import('./extraction-browser');
    const figures = [...(await measureExtractionInBrowser()), ...(await measureBrowser())];
    console.log(`(browser: ${ms(performance.now() - t0)})`);
    return { figures, ok: true };
  } catch (err) {
    console.log(`failed: browser\n${failure(err)}`);
    return {
      figures: [
        missing('browser', '10,000 comments captured → tagged → stored', `≤ ${ms(3000)}`, 'failed'),
        missing('browser', 'popup open → drivers, 100,000 stored', `≤ ${ms(300)}`, 'failed'),
      ],
      ok: false,
    };
  }
}

async function main(argv: string[]): Promise<number> {
  const flags = argv.filter((a) => a.startsWith('--'));
  const names = argv.filter((a) => !a.startsWith('--'));
  const unknown = [...names.filter((n) => !ALL.includes(n)), ...flags.filter((f) => f !== '--build' && f !== '--no-build')];
  if (unknown.length) {
    console.error(`unknown: ${unknown.join(' ')}\nusage: npm run bench [-- ${ALL.join(' | ')} ...] [--build | --no-build]`);
    return 2;
  }
  const build: BuildMode = flags.includes('--no-build') ? 'never' : flags.includes('--build') ? 'always' : 'auto';
  const chosen = names.length ? ALL.filter((n) => names.includes(n)) : ALL;
  // Timings on a shared machine mean little without how busy it was.
  const load = () => `${cpus().length} cores, load average ${loadavg().map((x) => num(x, 1)).join(' ')}`;
  console.log(`bench: ${chosen.join(', ')} (${load()})`);
  const t0 = performance.now();
  const figures: Figure[] = [];
  let ok = true;
  for (const name of chosen) {
    const result = name === 'browser' ? await runBrowser(build) : await runNode(name);
    figures.push(...result.figures);
    ok &&= result.ok;
  }
  const scored = figures.filter((f) => f.pass !== null);
  heading('summary');
  console.log(figureTable(figures));
  console.log(`\n${scored.filter((f) => f.pass).length} of ${scored.length} targets met; ratio is value ÷ target (below 1 is inside it); `
    + `total ${ms(performance.now() - t0)}; ${load()}`);
  return ok ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));

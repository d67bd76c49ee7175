import { describe, expect, test, beforeAll } from 'vitest';
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { runAnalyze } from '../../../../lib/cli/main';

const demo = 'test/demo/responses.csv';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runAnalyze(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verbatim-cli-'));
});

/** The demo's NPS counted straight from the file, independently of lib/. */
async function demoCounts() {
  const rows = Papa.parse<string[]>(await readFile(demo, 'utf8'), { skipEmptyLines: true }).data.slice(1);
  const scores = rows.map((r) => Number(r[2]));
  return {
    n: scores.length,
    promoters: scores.filter((s) => s >= 9).length,
    passives: scores.filter((s) => s === 7 || s === 8).length,
    detractors: scores.filter((s) => s <= 6).length,
    texts: rows.map((r) => r[3]),
  };
}

describe('analyze --json keeps the DESIGN.md contract', () => {
  test('top-level, nps, driver and comment fields, exactly', async () => {
    const { code, out, err } = await run(demo, '--json');
    expect(err).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(['nps', 'drivers', 'comments']);
    expect(Object.keys(doc.nps)).toEqual(['score', 'n', 'promoters', 'passives', 'detractors', 'marginOfError']);
    expect(Object.keys(doc.drivers[0])).toEqual([
      'theme', 'label', 'mentions', 'promoters', 'passives', 'detractors', 'nps', 'impact', 'impactInterval', 'sentiment', 'smallSample',
    ]);
    expect(Object.keys(doc.comments[0])).toEqual(['text', 'title', 'author', 'date', 'rating', 'score', 'segment', 'lang', 'sentiment', 'themes']);
    const withTheme = doc.comments.find((c: { themes: unknown[] }) => c.themes.length > 0);
    expect(Object.keys(withTheme.themes[0])).toEqual(['id', 'label', 'sentiment']);
    expect(Object.keys(withTheme.themes[0].sentiment)).toEqual(['score', 'label']);
  });

  test('NPS, margin of error and comments agree with the file', async () => {
    const c = await demoCounts();
    const doc = JSON.parse((await run(demo, '--json')).out);
    const p = c.promoters / c.n;
    const d = c.detractors / c.n;
    expect(doc.nps).toEqual({
      // From integer counts: (15 − 18)/40 in floats is −7.5000000001 and would round the wrong way.
      score: Math.round((100 * (c.promoters - c.detractors)) / c.n),
      n: c.n,
      promoters: c.promoters,
      passives: c.passives,
      detractors: c.detractors,
      marginOfError: expect.closeTo(196 * Math.sqrt((p + d - (p - d) ** 2) / c.n), 6),
    });
    expect(doc.comments.map((x: { text: string }) => x.text)).toEqual(c.texts);
    const first = doc.comments[0];
    expect(first).toMatchObject({ rating: { value: 10, min: 0, max: 10 }, score: 10, segment: 'promoter', title: null, author: null });
    expect(first.date).toMatch(/^2026-10-01T09:15:00/);
    for (const x of doc.comments) {
      expect(['positive', 'neutral', 'negative']).toContain(x.sentiment.label);
      expect(Math.abs(x.sentiment.score)).toBeLessThanOrEqual(1);
    }
    for (const row of doc.drivers) {
      expect(row.impactInterval[0]).toBeLessThanOrEqual(row.impact);
      expect(row.impactInterval[1]).toBeGreaterThanOrEqual(row.impact);
      expect(row.smallSample).toBe(row.mentions < 30);
    }
  });

  test('Dutch comments are detected and tagged as Dutch', async () => {
    const doc = JSON.parse((await run(demo, '--json')).out);
    const dutch = doc.comments.find((x: { text: string }) => x.text.startsWith('Veel te duur'));
    expect(dutch.lang).toBe('nl');
    expect(dutch.sentiment.label).toBe('negative');
    expect(dutch.themes.map((t: { id: string }) => t.id)).toContain('price');
  });
});

describe('analyze output files and options', () => {
  test('text output gives NPS with its interval and the driver table', async () => {
    const c = await demoCounts();
    const { out } = await run(demo);
    const nps = Math.round((100 * (c.promoters - c.detractors)) / c.n);
    expect(out).toMatch(new RegExp(`^NPS: ${nps > 0 ? '\\+' : ''}${nps} ± \\d+\\.\\d`));
    expect(out).toContain('Drivers (impact');
    expect(out).toContain('Delivery & shipping');
  });

  test('--out and --comments write spreadsheet-safe CSVs with the chosen delimiter', async () => {
    const out = join(dir, 'drivers.csv');
    const comments = join(dir, 'comments.csv');
    expect((await run(demo, '--out', out, '--comments', comments, '--delimiter', ';')).code).toBe(0);
    for (const file of [out, comments]) {
      const text = await readFile(file, 'utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(text.split('\r\n')[0]).toContain(';');
    }
    const rows = Papa.parse<string[]>((await readFile(comments, 'utf8')).slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows).toHaveLength(41);
  });

  test('--taxonomy replaces the built-in themes', async () => {
    const doc = JSON.parse((await run(demo, '--json', '--taxonomy', 'test/fixtures/taxonomies/restaurant.json')).out);
    const ids = new Set(doc.drivers.map((d: { theme: string }) => d.theme));
    expect(ids.has('delivery')).toBe(false);
    const restaurant = JSON.parse(await readFile('test/fixtures/taxonomies/restaurant.json', 'utf8'));
    const known = new Set<string>();
    const walk = (ts: { id: string; children?: unknown[] }[]) => ts.forEach((t) => (known.add(t.id), walk((t.children ?? []) as never)));
    walk(restaurant.themes);
    for (const id of ids) expect(known.has(id as string)).toBe(true);
  });

  test('a saved HTML review page is read through extractComments', async () => {
    const doc = JSON.parse((await run('test/fixtures/pages/jsonld-graph.html', '--json')).out);
    expect(doc.comments.length).toBeGreaterThan(0);
    expect(doc.comments[0].rating).toMatchObject({ min: 1, max: 5 });
  });
});

describe('bad input gets one clear line and a non-zero exit', () => {
  const file = (name: string) => join(dir, name);
  beforeAll(async () => {
    await writeFile(file('empty.csv'), '');
    await writeFile(file('binary.csv'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xff, 0x00]));
    await writeFile(file('numbers.csv'), 'id,score\n1,9\n2,7\n3,3\n');
    await writeFile(file('notes.pdf'), '%PDF-1.4');
    await writeFile(file('bad-taxonomy.json'), '{ "name": "x", "version": 1, "themes": [ { "id": "a", "label": "A", "terms": ["a"], "children": [ { "id": "b", "label": "B", "terms": ["b"] } ] } ] }');
    await mkdir(file('folder.csv'), { recursive: true });
  });

  test.each([
    ['a missing file', [join('nowhere', 'missing.csv')], /missing\.csv: no such file/],
    ['a folder', ['FOLDER'], /is a folder, not a file/],
    ['an empty file', ['EMPTY'], /is empty/],
    ['a binary file', ['BINARY'], /binary/],
    ['a CSV with no text column', ['NUMBERS'], /no text column/],
    ['an unsupported file type', ['PDF'], /unsupported file type "\.pdf"/],
    ['no file at all', [], /no FILE given/],
    ['a bad --lang', [demo, '--lang', 'fr'], /--lang must be en, nl or auto/],
    ['a bad --delimiter', [demo, '--delimiter', '|'], /--delimiter must be , or ;/],
    ['an unknown option', [demo, '--colour'], /Unknown option/i],
    ['a malformed taxonomy', [demo, '--taxonomy', 'TAXONOMY'], /"b".*must start with its parent's id/],
    ['a missing --text-column', [demo, '--text-column', 'Opinion'], /Opinion/],
  ])('%s', async (_name, args, message) => {
    const map: Record<string, string> = {
      FOLDER: file('folder.csv'), EMPTY: file('empty.csv'), BINARY: file('binary.csv'), NUMBERS: file('numbers.csv'),
      PDF: file('notes.pdf'), TAXONOMY: file('bad-taxonomy.json'),
    };
    const { code, out, err } = await run(...(args as string[]).map((a) => map[a] ?? a));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});

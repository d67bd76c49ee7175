import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Row } from './row';
import { evalUci } from './uci';
import { evalVader } from './vader';

/**
 * `npm run eval`: tagging quality on the public labelled data in /work/shared/data,
 * beside wink-nlp alone. Other suites join when their module exists.
 */
type Suite = () => Promise<Row[]>;

async function optionalSuite(file: string, name: string): Promise<Suite | undefined> {
  if (!existsSync(fileURLToPath(new URL(file, import.meta.url)))) return undefined;
  const mod = (await import(file)) as Record<string, Suite | undefined>;
  return mod[name];
}

const fmt = (x: number | undefined) => (x === undefined ? '' : Number.isInteger(x) ? String(x) : x < 1.5 ? x.toFixed(3) : x.toFixed(1));

function printTable(rows: Row[]): void {
  const header = ['dataset', 'metric', 'value', 'target', 'baseline', 'met'];
  const body = rows.map((r) => [r.dataset, r.metric, fmt(r.value), fmt(r.target), fmt(r.baseline), r.target === undefined ? '' : r.value >= r.target ? 'yes' : 'NO']);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  process.stdout.write(`${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}\n${body.map(line).join('\n')}\n`);
}

async function main(): Promise<void> {
  const suites: Suite[] = [evalUci, evalVader];
  for (const [file, name] of [['./semeval.ts', 'evalSemeval'], ['./dutch.ts', 'evalDutch']] as const) {
    const suite = await optionalSuite(file, name);
    if (suite) suites.push(suite);
  }
  const rows: Row[] = [];
  for (const suite of suites) rows.push(...(await suite()));
  printTable(rows);
  process.stdout.write('baseline = wink-nlp alone (default pipe, document score)\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});

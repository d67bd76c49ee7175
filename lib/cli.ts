/**
 * `npm run analyze -- FILE [options]`: the same pipeline as the extension, in a terminal.
 * Options and the --json shape are a contract (DESIGN.md): tools outside this repo use them.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { InputError } from './errors';
import { parseAnalyzeArgs } from './cli/args';
import { loadComments } from './cli/load';
import { buildReport, reportJson } from './cli/report';
import { reportText } from './cli/text';
import { builtinTaxonomy } from './nlp/taxonomy/builtin';
import { compileTaxonomy } from './nlp/taxonomy/compile';
import { parseTaxonomy } from './nlp/taxonomy/validate';
import { themeLabeler } from './themes/labels';
import { driversCsv, commentsCsv } from './export';
import type { Taxonomy } from './types';

async function loadTaxonomy(file: string | null): Promise<Taxonomy> {
  if (!file) return builtinTaxonomy;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new InputError(`${file}: cannot read the taxonomy (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new InputError(`${file}: the taxonomy is not valid JSON (${err instanceof Error ? err.message : err})`);
  }
  return parseTaxonomy(json, file);
}

async function main(argv: string[]): Promise<void> {
  const opts = parseAnalyzeArgs(argv);
  const taxonomy = await loadTaxonomy(opts.taxonomy);
  const { comments, warnings } = await loadComments(opts.file, opts);
  const report = buildReport(comments, compileTaxonomy(taxonomy), opts.lang, themeLabeler('en', [taxonomy]));

  if (opts.out) await writeFile(opts.out, driversCsv(report.drivers, { delimiter: opts.delimiter }));
  if (opts.comments) {
    const items = report.tagged.map((t) => ({
      ...t.comment,
      score: t.score,
      segment: t.segment,
      lang: t.analysis.lang,
      sentiment: t.analysis.sentiment,
      themes: t.analysis.themes.map((h) => ({ id: h.themeId, label: h.label })),
    }));
    await writeFile(opts.comments, commentsCsv(items, { delimiter: opts.delimiter }));
  }
  if (opts.json) process.stdout.write(`${JSON.stringify(reportJson(report), null, 2)}\n`);
  else process.stdout.write(`${reportText(report, warnings)}\n`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`analyze: ${err instanceof InputError ? message : `unexpected error: ${message}`}\n`);
  process.exit(err instanceof InputError ? 2 : 1);
});

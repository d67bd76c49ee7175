import { readFile, writeFile } from 'node:fs/promises';
import { InputError } from '../errors';
import { parseAnalyzeArgs } from './args';
import { loadComments } from './load';
import { buildReport, reportJson } from './report';
import { reportText } from './text';
import { builtinTaxonomy } from '../nlp/taxonomy/builtin';
import { compileTaxonomy } from '../nlp/taxonomy/compile';
import { parseTaxonomy } from '../nlp/taxonomy/validate';
import { themeLabeler } from '../themes/labels';
import { driversCsv, commentsCsv } from '../export';
import type { Taxonomy } from '../types';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

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

async function analyze(argv: string[], io: Io): Promise<void> {
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
  if (opts.json) io.out(`${JSON.stringify(reportJson(report), null, 2)}\n`);
  else io.out(`${reportText(report, warnings)}\n`);
}

/**
 * `analyze` as a function: prints to `io` and returns the exit code — 0 on success, 2 for
 * a user error (one line saying what is wrong), 1 for anything unexpected.
 */
export async function runAnalyze(argv: string[], io: Io): Promise<number> {
  try {
    await analyze(argv, io);
    return 0;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (err instanceof InputError) {
      io.err(`analyze: ${message}\n`);
      return 2;
    }
    io.err(`analyze: unexpected error: ${message}\n`);
    return 1;
  }
}

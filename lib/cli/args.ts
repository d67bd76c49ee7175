import { parseArgs } from 'node:util';
import { InputError } from '../errors';

export interface AnalyzeOptions {
  file: string;
  json: boolean;
  taxonomy: string | null;
  lang: 'en' | 'nl' | 'auto';
  out: string | null;
  comments: string | null;
  delimiter: ',' | ';';
  textColumn: string | null;
  scoreColumn: string | null;
  url: string | null;
}

export const usage = `usage: npm run analyze -- FILE [--json] [--taxonomy FILE.json] [--lang en|nl|auto]
       [--out drivers.csv] [--comments comments.csv] [--delimiter ,|;]
       [--text-column NAME] [--score-column NAME] [--url URL]
FILE is a .csv or .tsv export, or a saved .html review or survey page.`;

/** The `analyze` command's options, exactly as DESIGN.md states them. */
export function parseAnalyzeArgs(argv: string[]): AnalyzeOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        taxonomy: { type: 'string' },
        lang: { type: 'string', default: 'auto' },
        out: { type: 'string' },
        comments: { type: 'string' },
        delimiter: { type: 'string', default: ',' },
        'text-column': { type: 'string' },
        'score-column': { type: 'string' },
        url: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new InputError(err instanceof Error ? err.message : String(err));
  }
  const { values, positionals } = parsed;
  if (values.help) throw new InputError(usage);
  if (positionals.length !== 1) throw new InputError(positionals.length ? `expected one FILE, got ${positionals.length}` : 'no FILE given');
  const lang = values.lang;
  if (lang !== 'en' && lang !== 'nl' && lang !== 'auto') throw new InputError(`--lang must be en, nl or auto (got "${lang}")`);
  const delimiter = values.delimiter === 'semicolon' ? ';' : values.delimiter === 'comma' ? ',' : values.delimiter;
  if (delimiter !== ',' && delimiter !== ';') throw new InputError(`--delimiter must be , or ; (got "${values.delimiter}")`);
  return {
    file: positionals[0]!,
    json: values.json ?? false,
    taxonomy: values.taxonomy ?? null,
    lang,
    out: values.out ?? null,
    comments: values.comments ?? null,
    delimiter,
    textColumn: values['text-column'] ?? null,
    scoreColumn: values['score-column'] ?? null,
    url: values.url ?? null,
  };
}

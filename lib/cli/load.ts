import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { Window } from 'happy-dom';
import { InputError } from '../errors';
import { importCsv } from '../capture/csv';
import { extractComments } from '../capture/extract';
import type { CapturedComment } from '../types';

export interface Loaded {
  comments: CapturedComment[];
  warnings: string[];
}

async function readBytes(file: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${code ?? 'error'})`);
  }
  if (info.isDirectory()) throw new InputError(`${file}: is a folder, not a file`);
  try {
    return new Uint8Array(await readFile(file));
  } catch (err) {
    throw new InputError(`${file}: cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** The page a saved .html came from: --url, else its canonical link or og:url. */
function pageUrl(doc: Document, given: string | null, file: string): string {
  const found =
    given ??
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    null;
  try {
    return new URL(found ?? '').href;
  } catch {
    return `file://${encodeURI(file)}`;
  }
}

function loadHtml(bytes: Uint8Array, file: string, url: string | null): Loaded {
  if (bytes.includes(0)) throw new InputError(`${file}: looks like a binary file, not an HTML page`);
  const html = new TextDecoder('utf-8').decode(bytes);
  if (!html.trim()) throw new InputError(`${file}: is empty`);
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const result = extractComments(doc, pageUrl(doc, url, file));
  window.happyDOM.abort();
  if (result.comments.length === 0) throw new InputError(`${file}: no reviews or comments found in this page`);
  return { comments: result.comments.map(({ element: _e, ...c }) => c), warnings: result.warnings };
}

/** Reads FILE (.csv, .tsv or .html) into captured comments, in input order. */
export async function loadComments(
  file: string,
  opts: { textColumn: string | null; scoreColumn: string | null; url: string | null },
): Promise<Loaded> {
  const ext = extname(file).toLowerCase();
  if (!['.csv', '.tsv', '.txt', '.html', '.htm'].includes(ext)) {
    throw new InputError(`${file}: unsupported file type "${ext || '(none)'}"; give a .csv, .tsv or .html file`);
  }
  const bytes = await readBytes(file);
  if (bytes.length === 0) throw new InputError(`${file}: is empty`);
  if (ext === '.html' || ext === '.htm') return loadHtml(bytes, file, opts.url);
  const result = importCsv(bytes, {
    fileName: file,
    textColumn: opts.textColumn ?? undefined,
    scoreColumn: opts.scoreColumn ?? undefined,
  });
  return { comments: result.comments, warnings: result.warnings };
}

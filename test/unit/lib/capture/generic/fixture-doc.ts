import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

const FIXTURES = fileURLToPath(new URL('../../../../fixtures/', import.meta.url));

export function parseHtml(html: string, url: string): Document {
  const w = new Window({ url });
  return new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** A fixture under test/fixtures/, parsed with happy-dom as if loaded from `url`. */
export function loadFixture(path: string, url: string): Document {
  return parseHtml(readFileSync(FIXTURES + path, 'utf8'), url);
}

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

export const SITE_FIXTURES = fileURLToPath(new URL('../../../../fixtures/sites/', import.meta.url));

export function parseHtml(html: string, url: string): Document {
  const w = new Window({ url });
  return new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export function hasSiteFixture(id: string): boolean {
  return existsSync(`${SITE_FIXTURES}${id}.html`);
}

/** test/fixtures/sites/<id>.html parsed with happy-dom as if loaded from `url`. */
export function loadSite(id: string, url: string): Document {
  return parseHtml(readFileSync(`${SITE_FIXTURES}${id}.html`, 'utf8'), url);
}

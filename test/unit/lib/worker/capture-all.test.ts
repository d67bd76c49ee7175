import { describe, expect, test } from 'vitest';
import { createPagesRun, type Step } from '../../../../lib/worker/capture-all';

/** A site of pages, each with comment ids; `next` says what follows each page. */
function site(pages: string[][], next: (page: number) => Step) {
  const stored = new Set<string>();
  let page = 0;
  const visited: string[] = [];
  const deps = {
    capture: async () => {
      const ids = pages[page]!;
      const added = ids.filter((id) => !stored.has(id));
      added.forEach((id) => stored.add(id));
      return { found: ids.length, added: added.length, known: ids.length - added.length, method: 'test', warnings: [], sourceId: 's' };
    },
    advance: async () => next(page),
    navigate: async (href: string) => {
      visited.push(href);
      page = Number(href.split('=')[1]) - 1;
    },
    sleep: async () => undefined,
  };
  return { deps, stored, visited };
}

describe('capture all pages', () => {
  test('follows next links to the last page and captures every comment once', async () => {
    const s = site([['a', 'b'], ['c', 'd'], ['e']], (p) => (p < 2 ? { kind: 'link', href: `?page=${p + 2}` } : { kind: 'end' }));
    const result = await createPagesRun(s.deps, { maxPages: 50, delayMs: 0 }).run();
    expect(result).toEqual({ running: false, pages: 3, found: 5, added: 5, known: 0, ended: 'end' });
    expect(s.visited).toEqual(['?page=2', '?page=3']);
  });

  test('stops at the page limit the user set', async () => {
    const s = site([['a'], ['b'], ['c']], (p) => ({ kind: 'link', href: `?page=${p + 2}` }));
    const result = await createPagesRun(s.deps, { maxPages: 2, delayMs: 0 }).run();
    expect(result.pages).toBe(2);
    expect(result.ended).toBe('limit');
  });

  test('a pager that loops back ends the run instead of capturing forever', async () => {
    const s = site([['a'], ['b']], (p) => ({ kind: 'link', href: `?page=${p === 0 ? 2 : 1}` }));
    const result = await createPagesRun(s.deps, { maxPages: 50, delayMs: 0 }).run();
    expect(result.ended).toBe('end');
    expect(result.pages).toBeLessThanOrEqual(3);
    expect(s.stored.size).toBe(2);
  });

  test('a load-more page: comments already captured are counted as known, not added twice', async () => {
    const pages = [['a', 'b'], ['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd', 'e']];
    let loads = 0;
    const s = site(pages, () => (loads < 2 ? { kind: 'loaded' } : { kind: 'end' }));
    const capture = s.deps.capture;
    s.deps.capture = async () => {
      const r = await capture();
      return r;
    };
    s.deps.advance = async () => {
      if (loads >= 2) return { kind: 'end' };
      loads++;
      await s.deps.navigate(`?page=${loads + 1}`);
      return { kind: 'loaded' };
    };
    const result = await createPagesRun(s.deps, { maxPages: 50, delayMs: 0 }).run();
    expect(result).toMatchObject({ pages: 3, added: 5, known: 6, ended: 'end' });
  });

  test('stop ends the run after the current page', async () => {
    const s = site([['a'], ['b'], ['c']], (p) => ({ kind: 'link', href: `?page=${p + 2}` }));
    const run = createPagesRun(s.deps, { maxPages: 50, delayMs: 0 });
    s.deps.sleep = async () => {
      run.stop();
    };
    const result = await run.run();
    expect(result.ended).toBe('stopped');
    expect(result.pages).toBe(1);
  });

  test('an error (the tab was closed) ends the run with its message', async () => {
    const s = site([['a'], ['b']], () => ({ kind: 'link', href: '?page=2' }));
    s.deps.navigate = async () => {
      throw new Error('No tab with id: 5');
    };
    const result = await createPagesRun(s.deps, { maxPages: 50, delayMs: 0 }).run();
    expect(result).toMatchObject({ running: false, pages: 1, ended: 'No tab with id: 5' });
  });
});

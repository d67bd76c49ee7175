import type { Page } from 'playwright-core';

/** Reads the extension's IndexedDB from one of its own pages (same origin as the worker). */
export async function idbRead<T>(page: Page, store: string, op: 'count' | 'getAll'): Promise<T> {
  return page.evaluate(
    ([storeName, what]) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open('verbatim');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(storeName, 'readonly').objectStore(storeName)[what]();
          req.onsuccess = () => {
            db.close();
            resolve(req.result as T);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    [store, op] as const,
  );
}

export interface StatusCounts {
  total: number;
  pending: number;
  done: number;
  error: number;
}

/**
 * Every stored comment: tagged ones in the comments table, fresh captures waiting in the
 * intake. Both are read in one transaction, so a chunk tagged meanwhile is seen once.
 */
export async function storedComments<T>(page: Page): Promise<T[]> {
  return page.evaluate(
    () =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('verbatim');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['comments', 'intake'], 'readonly');
          const tagged = tx.objectStore('comments').getAll();
          const waiting = tx.objectStore('intake').getAll();
          tx.oncomplete = () => {
            db.close();
            resolve([...tagged.result, ...waiting.result.flatMap((c: { comments: T[] }) => c.comments)]);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

export async function statusCounts(page: Page): Promise<StatusCounts> {
  const comments = await storedComments<{ status: string }>(page);
  const count = (s: string) => comments.filter((c) => c.status === s).length;
  return { total: comments.length, pending: count('pending'), done: count('done'), error: count('error') };
}

/** How many stored comments carry an analysis (each holds its own since schema v4). */
export async function analysedCount(page: Page): Promise<number> {
  const comments = await storedComments<{ analysis?: { engine: string } }>(page);
  return comments.filter((c) => c.analysis?.engine).length;
}

/**
 * How many comments are tagged (or failed) and how many wait in the intake, from a count and
 * the intake's keys alone: cheap enough to poll while the worker tags.
 */
export async function queueProgress(page: Page): Promise<{ written: number; waiting: number }> {
  return page.evaluate(
    () =>
      new Promise<{ written: number; waiting: number }>((resolve, reject) => {
        const open = indexedDB.open('verbatim');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['comments', 'intake'], 'readonly');
          const written = tx.objectStore('comments').count();
          const keys = tx.objectStore('intake').getAllKeys();
          tx.oncomplete = () => {
            db.close();
            resolve({ written: written.result, waiting: (keys.result as [number, number][]).reduce((sum, k) => sum + k[1], 0) });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

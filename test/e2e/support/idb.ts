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

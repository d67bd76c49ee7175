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
 * One read-only transaction over the comments table and the intake: with `full`, every record
 * of both; without, the comments' count and the intake's keys alone (cheap enough to poll).
 */
function readQueue(page: Page, full: boolean): Promise<{ tagged: unknown[] | number; waiting: unknown[] }> {
  return page.evaluate(
    (full) =>
      new Promise<{ tagged: unknown[] | number; waiting: unknown[] }>((resolve, reject) => {
        const open = indexedDB.open('verbatim');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['comments', 'intake'], 'readonly');
          const comments = tx.objectStore('comments');
          const intake = tx.objectStore('intake');
          const tagged: { result: unknown[] | number } = full ? comments.getAll() : comments.count();
          const waiting = full ? intake.getAll() : intake.getAllKeys();
          tx.oncomplete = () => {
            db.close();
            resolve({ tagged: tagged.result, waiting: waiting.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    full,
  );
}

/**
 * Every stored comment: tagged ones in the comments table, fresh captures waiting in the
 * intake. Both are read in one transaction, so a chunk tagged meanwhile is seen once.
 */
export async function storedComments<T>(page: Page): Promise<T[]> {
  const { tagged, waiting } = await readQueue(page, true);
  return [...(tagged as T[]), ...(waiting as { comments: T[] }[]).flatMap((c) => c.comments)];
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
  const { tagged, waiting } = await readQueue(page, false);
  return { written: tagged as number, waiting: (waiting as [number, number][]).reduce((sum, k) => sum + k[1], 0) };
}

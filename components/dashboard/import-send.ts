import { request, type Send } from '../../lib/messaging/client';
import type { CapturedComment } from '../../lib/types';

/** Comments per capture.store message: well under the protocol's 20,000, and a message stays small. */
export const IMPORT_CHUNK = 5000;

export interface ImportProgress {
  sent: number;
  added: number;
  known: number;
}

/**
 * Sends imported comments to the background, which stores and tags them (the dashboard
 * never writes comments itself: only the background's queue tags them). Chunks go one after
 * the other; on an error the chunks before it are stored, and the error carries how many,
 * so the user can be told. Comment ids are stable, so importing again never duplicates.
 */
export async function sendImport(
  send: Send, fileName: string, comments: CapturedComment[], onProgress: (p: ImportProgress) => void = () => {},
): Promise<ImportProgress> {
  const progress: ImportProgress = { sent: 0, added: 0, known: 0 };
  for (let i = 0; i < comments.length; i += IMPORT_CHUNK) {
    const chunk = comments.slice(i, i + IMPORT_CHUNK);
    try {
      const outcome = await request(send, 'capture.store', { url: `file:${fileName}`, title: fileName, site: 'csv', comments: chunk });
      progress.added += outcome.added;
      progress.known += outcome.known;
    } catch (err) {
      throw new ImportError(err instanceof Error ? err.message : String(err), progress.sent);
    }
    progress.sent += chunk.length;
    onProgress({ ...progress });
  }
  return progress;
}

/** A failed import, with how many comments had been stored before it failed. */
export class ImportError extends Error {
  constructor(message: string, readonly stored: number) {
    super(message);
    this.name = 'ImportError';
  }
}

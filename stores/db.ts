import { createDb, type VerbatimDb } from '../lib/db';

let instance: VerbatimDb | null = null;

/** The extension origin's one database connection for this page. */
export function useDb(): VerbatimDb {
  instance ??= createDb();
  return instance;
}

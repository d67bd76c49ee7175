import type { SiteAdapter } from '../adapter';
import { findExpandControls } from '../expand';
import { TABLE_SELECTOR, tableComments } from '../generic/table';
import { findNextPage } from '../paginate';
import { all, hostIs } from './answers';

/**
 * Typeform Results → Responses: a grid with one row per respondent and one column per
 * question. The score column is found by its header ("how likely… recommend") and by its
 * cells (integers 0–10); the comment column is the longest free-text one.
 */

const RESPONSES_TABLE = [
  // The responses grid carries a stable data-qa hook.
  '[data-qa="responses-table"]',
  // Otherwise any grid or table on the Responses tab.
  TABLE_SELECTOR,
];

export const typeform: SiteAdapter<'typeform'> = {
  id: 'typeform',
  label: 'Typeform',
  matches: (url) => hostIs(url, 'admin.typeform.com') && /\/form\/[^/]+\/results/.test(url.pathname),
  extract: (doc, url) => all(doc, RESPONSES_TABLE).flatMap((table) => tableComments(table, url, 'typeform')),
  expandControls: findExpandControls,
  nextPage: findNextPage,
};

import type { SiteAdapter } from '../adapter';
import { findExpandControls } from '../expand';
import { TABLE_SELECTOR, tableComments } from '../generic/table';
import { findNextPage } from '../paginate';
import { all, hostIs } from './answers';
import { parseUsDateTime } from './us-date';

/**
 * Qualtrics Data & Analysis: a grid of responses (Recorded Date, Response ID "R_…", one
 * column per question). NPS cells may carry the end labels ("10 - Extremely likely").
 */

const DATA_TABLE = [
  // The responses grid of the Data tab.
  '[data-testid="data-table"]',
  // Otherwise any grid or table on the page.
  TABLE_SELECTOR,
];

export const qualtrics: SiteAdapter<'qualtrics'> = {
  id: 'qualtrics',
  label: 'Qualtrics',
  matches: (url) => hostIs(url, 'qualtrics.com') && /\/responses|\/data|#\/surveys\/[^/]+\/data/.test(url.pathname + url.hash),
  extract: (doc, url) => all(doc, DATA_TABLE).flatMap((table) => tableComments(table, url, 'qualtrics', { parseDate: parseUsDateTime })),
  expandControls: findExpandControls,
  nextPage: findNextPage,
};

import { readSummary, commentsForExport, type Scope, type VerbatimDb } from '../db';
import { driversFromCounts } from '../drivers';
import { driversCsv, commentsCsv, delimiterForLocale } from '../export';
import type { CommentExportItem } from '../export/comments-csv';
import { themeLabeler } from '../themes/labels';

/** The two CSV exports for a scope, built where the database is; the caller saves the text. */
export async function exportCsv(db: VerbatimDb, kind: 'drivers' | 'comments', scope: Scope, locale: string): Promise<{ name: string; csv: string }> {
  const delimiter = delimiterForLocale(locale);
  const lang = locale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
  const stamp = new Date().toISOString().slice(0, 10);
  if (kind === 'drivers') {
    const summary = await readSummary(db, scope);
    const drivers = driversFromCounts(summary.overall, summary.themes, themeLabeler(lang));
    return { name: `verbatim-drivers-${stamp}.csv`, csv: driversCsv(drivers.rows, { delimiter }) };
  }
  return { name: `verbatim-comments-${stamp}.csv`, csv: commentsCsv(await exportItems(db, scope), { delimiter }) };
}

/** Every comment of a scope as the comments CSV needs it, read in chunks. */
export async function exportItems(db: VerbatimDb, scope: Scope): Promise<CommentExportItem[]> {
  const items: CommentExportItem[] = [];
  for await (const chunk of commentsForExport(db, scope)) {
    for (const { comment, analysis } of chunk) {
      items.push({
        ...comment,
        lang: analysis?.lang ?? comment.lang,
        sentiment: analysis?.sentiment ?? null,
        themes: (analysis?.themes ?? []).map((t) => ({ id: t.themeId, label: t.label })),
      });
    }
  }
  return items;
}

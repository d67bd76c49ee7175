import type { Report } from './report';

const signed = (n: number, digits = 0) => `${n > 0 ? '+' : ''}${n.toFixed(digits)}`;
const pct = (part: number, whole: number) => (whole ? `${Math.round((100 * part) / whole)}%` : '–');

function table(rows: string[][], align: ('l' | 'r')[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (align[c] === 'r' ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd()).join('\n');
}

/** The human-readable summary: NPS with its interval, the split, and the driver table. */
export function reportText(report: Report, warnings: string[]): string {
  const { nps } = report;
  const lines: string[] = [];
  const label = report.npsLike ? 'NPS-like (star ratings mapped: 5★ promoter, 4★ passive, 1–3★ detractor)' : 'NPS';
  if (nps.score === null) {
    lines.push(`${label}: no rated comments (${report.tagged.length} unrated) — sentiment and themes only`);
  } else {
    lines.push(`${label}: ${signed(nps.score)} ± ${nps.marginOfError.toFixed(1)}  (95% interval ${nps.interval[0].toFixed(1)} to ${nps.interval[1].toFixed(1)}; n = ${nps.n})`);
    lines.push(`Promoters ${nps.promoters} (${pct(nps.promoters, nps.n)}) · Passives ${nps.passives} (${pct(nps.passives, nps.n)}) · Detractors ${nps.detractors} (${pct(nps.detractors, nps.n)})`);
    const unrated = report.tagged.length - nps.n;
    if (unrated > 0) lines.push(`${unrated} comment(s) without a rating (not in NPS)`);
    if (nps.smallSample) lines.push('⚠ small sample: fewer than 30 responses');
  }
  for (const w of warnings) lines.push(`warning: ${w}`);
  lines.push('');
  if (report.drivers.length === 0) {
    lines.push('No themes found.');
    return lines.join('\n');
  }
  lines.push('Drivers (impact = NPS of all − NPS without the theme, in points; 95% interval)');
  const rows = [['theme', 'mentions', 'P', 'Pa', 'D', 'NPS', 'impact', 'interval', 'sentiment', '']];
  for (const d of report.drivers) {
    rows.push([
      d.label, String(d.mentions), String(d.promoters), String(d.passives), String(d.detractors),
      d.nps === null ? '–' : signed(d.nps), signed(d.impact, 1),
      `[${signed(d.impactInterval[0], 1)}, ${signed(d.impactInterval[1], 1)}]`, d.sentiment.toFixed(2),
      d.smallSample ? 'small sample' : '',
    ]);
  }
  lines.push(table(rows, ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'l', 'r', 'l']));
  return lines.join('\n');
}

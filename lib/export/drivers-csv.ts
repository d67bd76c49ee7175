import type { DriverRow } from '../types';
import { roundTo } from './round';
import { toCsv, type CsvCell, type CsvOptions } from './csv';

export const DRIVERS_CSV_HEADER = [
  'Theme ID', 'Theme', 'Mentions', 'Promoters', 'Passives', 'Detractors', 'NPS',
  'Impact', 'Impact low', 'Impact high', 'Sentiment', 'Small sample',
] as const;

export function driverCsvRow(r: DriverRow): CsvCell[] {
  return [
    r.theme, r.label, r.mentions, r.promoters, r.passives, r.detractors, r.nps,
    roundTo(r.impact, 2), roundTo(r.impactInterval[0], 2), roundTo(r.impactInterval[1], 2),
    roundTo(r.sentiment, 3), r.smallSample,
  ];
}

/** The driver summary export: impact in NPS points to 2 decimals, sentiment to 3. */
export function driversCsv(rows: readonly DriverRow[], opts: CsvOptions): string {
  return toCsv([[...DRIVERS_CSV_HEADER], ...rows.map(driverCsvRow)], opts);
}

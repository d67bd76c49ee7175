/** One benchmark figure against its target; `pass` is null for figures without a target. */
export interface Figure {
  bench: string;
  what: string;
  /** Formatted with its unit, e.g. "1.84 s"; "—" when it could not be measured. */
  value: string;
  /** e.g. "≤ 3 s"; "—" for information only. */
  target: string;
  pass: boolean | null;
  /** value ÷ target for "≤" targets, target ÷ value for "≥" ones: below 1 is inside the target. */
  ratio?: number;
}

export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** 12345.6 → "12,346"; digits after the point as asked. */
export function num(x: number, digits = 0): string {
  return x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function ms(x: number): string {
  return x >= 1000 ? `${num(x / 1000, x < 10_000 ? 2 : 1)} s` : `${num(x, x < 100 ? 1 : 0)} ms`;
}

/** A fixed-width table; numeric-looking cells are right-aligned so figures line up. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const numeric = /^[−\-+]?[\d,.]+( ?(ms|s|%|×|\/s|comments\/s))?$/;
  return rows
    .map((r) => r.map((cell, c) => (numeric.test(cell) ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ').trimEnd())
    .join('\n');
}

export function verdict(pass: boolean | null): string {
  return pass === null ? 'info' : pass ? 'PASS' : 'MISS';
}

/** A "≤ limit" figure. */
export function atMost(bench: string, what: string, value: number, limit: number, unit: (x: number) => string): Figure {
  return { bench, what, value: unit(value), target: `≤ ${unit(limit)}`, pass: value <= limit, ratio: value / limit };
}

/** A "≥ floor" figure. */
export function atLeast(bench: string, what: string, value: number, floor: number, unit: (x: number) => string): Figure {
  return { bench, what, value: unit(value), target: `≥ ${unit(floor)}`, pass: value >= floor, ratio: floor / value };
}

export function info(bench: string, what: string, value: string): Figure {
  return { bench, what, value, target: '—', pass: null };
}

/** A figure that should have been measured and was not (module missing, failed, or output not understood). */
export function missing(bench: string, what: string, target: string, why: string): Figure {
  return { bench, what: `${what} (${why})`, value: '—', target, pass: false };
}

export function figureTable(figures: readonly Figure[]): string {
  return table([
    ['bench', 'figure', 'value', 'target', 'ratio', 'verdict'],
    ...figures.map((f) => [f.bench, f.what, f.value, f.target, f.ratio === undefined ? '' : `${num(f.ratio, 2)}×`, verdict(f.pass)]),
  ]);
}

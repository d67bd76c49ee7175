/** Rounded for reading in a spreadsheet (the JSON output keeps full precision); −0 → 0. */
export function roundTo(x: number | null | undefined, digits: number): number | null {
  if (x == null || !Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f || 0;
}

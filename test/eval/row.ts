/** One figure of an evaluation run: what was measured, on which data, against what. */
export interface Row {
  dataset: string;
  metric: string;
  value: number;
  target?: number;
  baseline?: number;
}

import type { DriverInput } from '../types';
import { driversFromCounts, type DriverSummary, type ThemeLabel } from './from-counts';
import { tallyDrivers } from './tally';

/** The driver summary of a batch of tagged comments (CLI, tests): tally, then the one maths. */
export function summarizeDrivers(
  inputs: Iterable<DriverInput>,
  labels: ThemeLabel,
  opts: { npsLike?: boolean } = {},
): DriverSummary {
  const { overall, themes } = tallyDrivers(inputs);
  return driversFromCounts(overall, themes, labels, opts);
}

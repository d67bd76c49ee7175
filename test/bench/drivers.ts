import { summarizeDrivers } from '../../lib/drivers/summarize';
import type { DriverInput, Segment } from '../../lib/types';
import { prng } from './prng';

const COMMENTS = 100_000;
const RUNS = 7;
const TARGET_MS = 50;

/** 12 top-level themes, 8 of them with a child: 20 theme ids, as a real taxonomy has. */
const THEMES = [
  'price', 'price.value', 'staff', 'staff.friendliness', 'delivery', 'delivery.speed', 'food', 'food.pizza',
  'app', 'app.login', 'support', 'support.wait', 'quality', 'quality.defects', 'returns', 'returns.refund',
  'website', 'checkout', 'packaging', 'stock',
];
const SEGMENTS: Segment[] = ['promoter', 'promoter', 'promoter', 'passive', 'passive', 'detractor', 'detractor', 'unrated'];

/** mulberry32: a seeded PRNG, so every run measures the same comments. */

function syntheticComments(n: number): DriverInput[] {
  const rand = prng(42);
  return Array.from({ length: n }, () => {
    const k = Math.floor(rand() * 4); // 0–3 theme mentions per comment
    const themes = Array.from({ length: k }, () => ({
      themeId: THEMES[Math.floor(rand() * THEMES.length)],
      sentiment: rand() * 2 - 1,
    }));
    return { segment: SEGMENTS[Math.floor(rand() * SEGMENTS.length)], themes };
  });
}

/** Median time of summarizeDrivers over 100,000 tagged comments, against the 50 ms target. */
export async function bench(): Promise<void> {
  const inputs = syntheticComments(COMMENTS);
  const label = (id: string): string => id;
  summarizeDrivers(inputs, label); // warm-up: JIT and caches
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    summarizeDrivers(inputs, label);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log('drivers benchmark');
  console.log(
    [
      ['what', 'comments', 'runs', 'median ms', 'target ms', 'ratio'],
      ['summarizeDrivers', String(COMMENTS), String(RUNS), median.toFixed(1), String(TARGET_MS), (median / TARGET_MS).toFixed(2)],
    ]
      .map((row) => row.map((c, i) => c.padEnd(i === 0 ? 18 : 10)).join(' '))
      .join('\n'),
  );
}

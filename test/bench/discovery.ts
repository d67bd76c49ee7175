import { getEngine } from '../../lib/nlp/engine';
import { tokenize } from '../../lib/nlp/tokens';
import { builtinTaxonomy } from '../../lib/nlp/taxonomy/builtin';
import { compileTaxonomy } from '../../lib/nlp/taxonomy/compile';
import { discoverThemes, type DiscoveryDoc } from '../../lib/nlp/discovery/discover';
import type { Segment } from '../../lib/types';

const N = 10_000;
const RUNS = 3;

const ADJS = ['slow', 'friendly', 'rude', 'late', 'broken', 'great', 'terrible', 'cheap', 'helpful', 'confusing', 'new', 'old', 'fresh', 'cold', 'quick'];
const NOUNS = [
  'delivery driver', 'customer service', 'app', 'checkout page', 'refund', 'parcel', 'courier', 'login screen', 'battery life',
  'support agent', 'invoice', 'price', 'loyalty card', 'coupon code', 'gift wrap', 'size chart', 'fitting room', 'dark mode',
  'search filter', 'voucher', 'warranty claim', 'spare part', 'phone call', 'chat bot', 'order confirmation',
];
const TEMPLATES = [
  'The {a} {n} was really {a2} this time.',
  'I had to wait for the {n} and the {n2} for days.',
  'Great {n}, but the {a} {n2} made me angry!',
  'Why is the {n} so {a}? The {n2} never helps.',
  'Loved the {n}. {A} {n2} and a {a2} {n}.',
];

/** A small seeded generator, so every run times the same comments. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function comments(n: number): { text: string; segment: Segment }[] {
  const r = rng(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const segments: Segment[] = ['promoter', 'passive', 'detractor', 'unrated'];
  return Array.from({ length: n }, () => {
    const a = pick(ADJS);
    const text = `${pick(TEMPLATES)} ${pick(TEMPLATES)}`
      .replace(/\{n\}/g, () => pick(NOUNS))
      .replace(/\{n2\}/g, () => pick(NOUNS))
      .replace(/\{a2\}/g, () => pick(ADJS))
      .replace(/\{A\}/g, a.charAt(0).toUpperCase() + a.slice(1))
      .replace(/\{a\}/g, () => pick(ADJS));
    return { text, segment: pick(segments) };
  });
}

/**
 * Theme discovery over 10,000 comments (target ≤ 1 s). Tokenisation is timed apart: in the
 * extension the views come from the analysis queue, so discovery itself is the cost a user
 * waits for. Run: `npx tsx -e "import('./test/bench/discovery.ts').then((m) => m.bench())"`.
 */
export async function bench(): Promise<void> {
  const engine = getEngine();
  const compiled = compileTaxonomy(builtinTaxonomy);
  const input = comments(N);

  let t0 = performance.now();
  const docs: DiscoveryDoc[] = input.map((c) => ({ view: tokenize(c.text, engine, 'en'), segment: c.segment, lang: 'en' }));
  const tokenizeMs = performance.now() - t0;
  const tokens = docs.reduce((n, d) => n + d.view.tokens.length, 0);

  const times: number[] = [];
  let phrases = 0;
  let suggestions = 0;
  for (let run = 0; run < RUNS; run += 1) {
    t0 = performance.now();
    const result = discoverThemes(docs, compiled, { minCount: 5 });
    times.push(performance.now() - t0);
    phrases = result.phrases.length;
    suggestions = result.suggestions.length;
  }
  times.sort((x, y) => x - y);
  const median = times[Math.floor(times.length / 2)];
  process.stdout.write(
    [
      `discovery bench: ${N} comments, ${tokens} tokens, ${phrases} phrases ≥ 5 comments, ${suggestions} suggestions`,
      `  tokenise (wink, not part of discovery): ${tokenizeMs.toFixed(0)} ms`,
      `  discovery on pre-tokenised views, median of ${RUNS}: ${median.toFixed(0)} ms (target ≤ 1000 ms)`,
      `  tokenise + discovery: ${(tokenizeMs + median).toFixed(0)} ms`,
    ].join('\n') + '\n',
  );
}

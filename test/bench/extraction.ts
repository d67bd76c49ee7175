import v8 from 'node:v8';
import vm from 'node:vm';
import { Window } from 'happy-dom';
import { extractComments } from '../../lib/capture/extract';
import { prng } from './prng';

/**
 * How long capture takes next to parsing the page. Two synthetic pages: a ~600 KB product
 * page with 20 reviews buried in real-page weight (inline styles, scripts, a mega menu,
 * related products), and a page listing 10,000 reviews. Neither carries structured data,
 * so extractComments falls through to the generic detector: the slowest path.
 */

const RUNS_SMALL = 7;
const RUNS_LARGE = 5;
const TARGET_RATIO = 0.1;
const URL = 'https://www.example-shop.test/p/travel-kettle';

/** mulberry32: a seeded PRNG, so every run measures the same page. */

const WORDS = 'kettle boils fast quiet lid handle cord short long water cup litre steel plastic taste smell price value delivery box arrived broken fine great poor return refund support colour travel hotel light heavy button switch'.split(' ');

function sentence(rand: () => number, words: number): string {
  const out = Array.from({ length: words }, () => WORDS[Math.floor(rand() * WORDS.length)]);
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return `${out.join(' ')}.`;
}

function review(rand: () => number, i: number): string {
  const stars = 1 + Math.floor(rand() * 5);
  return `<article class="rv-${i % 7} x${Math.floor(rand() * 1e6).toString(36)}" data-review-id="r${i}">
  <div class="hd"><span class="st" aria-label="${stars} / 5">${'★'.repeat(stars)}${'☆'.repeat(5 - stars)}</span>
  <span class="au">User ${i}</span><time datetime="2024-0${1 + (i % 9)}-1${i % 10}">x</time></div>
  <h4>${sentence(rand, 4)}</h4>
  <p>${sentence(rand, 12 + Math.floor(rand() * 30))} ${sentence(rand, 10)}</p>
  <div class="ft"><button type="button">Helpful (${i % 13})</button><button type="button">Report</button></div>
</article>`;
}

/** A product page of about 600 KB with 20 reviews. */
export function productPage(): string {
  const rand = prng(7);
  const css = Array.from({ length: 5200 }, (_, i) => `.c${i}{margin:${i % 9}px;padding:${i % 5}px;color:#${(i * 2654435761 % 0xffffff).toString(16).padStart(6, '0')}}`).join('\n');
  const state = JSON.stringify({ products: Array.from({ length: 2800 }, (_, i) => ({ id: i, name: sentence(rand, 4), price: i * 1.5, tags: [sentence(rand, 2)] })) });
  const menu = Array.from({ length: 40 }, (_, g) => `<li><a href="/c/${g}">Group ${g}</a><ul>${Array.from({ length: 25 }, (_, i) => `<li><a href="/c/${g}/${i}">${sentence(rand, 2)}</a></li>`).join('')}</ul></li>`).join('');
  const related = Array.from({ length: 24 }, (_, i) => `<div class="card"><img src="/i/${i}.jpg" alt=""><h3><a href="/p/${i}">${sentence(rand, 3)}</a></h3><span class="price">€ ${i}.99</span><button>Add</button></div>`).join('');
  const reviews = Array.from({ length: 20 }, (_, i) => review(rand, i)).join('\n');
  const filler = Array.from({ length: 60 }, () => `<div class="spec"><span>${sentence(rand, 2)}</span><span>${sentence(rand, 3)}</span></div>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Travel kettle</title><style>${css}</style>
<script>window.__STATE__=${state};</script><script>${'function f(){return 1}\n'.repeat(2000)}</script></head>
<body><header><nav><ul class="mega">${menu}</ul></nav></header><main><h1>Travel kettle</h1>
<section class="specs">${filler}</section><section class="reviews">${reviews}</section>
<section class="related">${related}</section></main><footer>${menu.slice(0, 20000)}</footer></body></html>`;
}

/** A page that lists 10,000 reviews. */
export function bigPage(): string {
  const rand = prng(11);
  const reviews = Array.from({ length: 10_000 }, (_, i) => review(rand, i)).join('\n');
  return `<!doctype html><html><head><title>All reviews</title></head><body><main><h1>All reviews</h1><section>${reviews}</section></main></body></html>`;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * A collector to run between the timed phases, so that neither pays for the other's
 * garbage (happy-dom's parse leaves a lot). Exposed at run time: the bench runner starts
 * node without --expose-gc.
 *
 * The collection must also be over when the clock starts. By default V8 sweeps the freed
 * heap (a gigabyte after the 10,000-review page) on helper threads after the collection
 * returns, and on two cores that sweep ran alongside the timed phase. Measured in
 * alternation with the same code: extracting the 10,000-review page took 337–363 ms with
 * the sweep running behind and 199–214 ms with it done inside the collection; parsing took
 * 2.7–3.0 s and 2.5–2.8 s. Sweeping within the collection (for the length of this bench
 * only) charges each phase for its own work alone.
 */
function collector(): { gc: () => void; done: () => void } {
  v8.setFlagsFromString('--expose-gc');
  v8.setFlagsFromString('--no-concurrent-sweeping');
  return {
    gc: vm.runInNewContext('gc') as () => void,
    done: () => v8.setFlagsFromString('--concurrent-sweeping'),
  };
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

interface Sample { wall: number; cpu: number }

function timed<T>(gc: () => void, f: () => T): [T, Sample] {
  gc();
  const w0 = performance.now();
  const c0 = cpuMs();
  const result = f();
  return [result, { wall: performance.now() - w0, cpu: cpuMs() - c0 }];
}

async function measure(name: string, html: string, runs: number, gc: () => void): Promise<string[]> {
  const parse: Sample[] = [];
  const extract: Sample[] = [];
  let found = 0;
  for (let i = 0; i < runs; i++) {
    const w = new Window({ url: URL });
    const [doc, p] = timed(gc, () => new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document);
    const [result, e] = timed(gc, () => extractComments(doc, URL));
    found = result.comments.length;
    parse.push(p);
    extract.push(e);
    await w.happyDOM.close();
  }
  const pw = median(parse.map((s) => s.wall));
  const ew = median(extract.map((s) => s.wall));
  const pc = median(parse.map((s) => s.cpu));
  const ec = median(extract.map((s) => s.cpu));
  const pct = (a: number, b: number): string => `${((a / b) * 100).toFixed(1)}%`;
  return [name, `${Math.round(html.length / 1024)} KB`, String(found), String(runs), pw.toFixed(0), ew.toFixed(0), pct(ew, pw), pct(ec, pc), ew / pw <= TARGET_RATIO ? 'ok' : 'over'];
}

/** Median parse and extraction times per page, and extraction as a share of parsing (target ≤ 10%). */
export async function bench(): Promise<void> {
  const { gc, done } = collector();
  let rows: string[][];
  try {
    rows = [
      ['page', 'size', 'comments', 'runs', 'parse ms', 'extract ms', 'ratio', 'cpu ratio', 'target ≤10%'],
      await measure('product page, 20 reviews', productPage(), RUNS_SMALL, gc),
      await measure('10,000 reviews', bigPage(), RUNS_LARGE, gc),
    ];
  } finally {
    done();
  }
  console.log('extraction benchmark (happy-dom parse vs extractComments; medians, wall clock and CPU time)');
  console.log(rows.map((row) => row.map((c, i) => c.padEnd(i === 0 ? 26 : 11)).join(' ')).join('\n'));
}

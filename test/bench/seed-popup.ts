/**
 * Seeds the extension's IndexedDB with 100,000 tagged comments for the popup figure:
 * records made by lib/db's own functions in Node, written through an extension page.
 */
import type { Page } from 'playwright-core';
import type { CommentRecord, SourceRecord, StoredAnalysis } from '../../lib/db';
import { commentHome, commentId, sourceId } from '../../lib/db/ids';
import { addContribution, effectiveThemeIds, type Deltas } from '../../lib/db/aggregate';
import { ratingToScore } from '../../lib/nps/scale-mapping';
import { applyCorrections } from '../../lib/tags/apply';
import { createAnalyzer } from '../../lib/worker/analyzer';
import type { CapturedComment, CommentAnalysis } from '../../lib/types';
import { ms, num } from './format';

export const STORED = 100_000;
const CHUNK = 5_000;

function prng(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 48271) % 2147483647) / 2147483647;
}

const SUBJECTS = ['Delivery', 'Customer service', 'The price', 'The app', 'The packaging', 'The staff', 'Checkout', 'The refund', 'Login', 'The invoice'];
const VERDICTS = ['was quick and friendly', 'was fine', 'was far too slow', 'keeps crashing', 'is great value for money', 'was a disaster', 'could be better', 'exceeded my expectations'];
const CLOSERS = ['Would recommend.', 'Never again.', 'I waited two weeks for an answer.'];

/** A few hundred distinct review texts, each tagged once by the extension's own analyzer. */
function taggedTexts(): { text: string; analysis: CommentAnalysis }[] {
  const analyze = createAnalyzer();
  const out: { text: string; analysis: CommentAnalysis }[] = [];
  for (const s of SUBJECTS) for (const v of VERDICTS) for (const c of CLOSERS) {
    const text = `${s} ${v}. ${c}`;
    out.push({ text, analysis: analyze({ text }) });
  }
  return out;
}

interface SeedChunk { comments: CommentRecord[] }

/**
 * 100,000 tagged comments as lib/db stores them (ids, scopes, status 'done', theme ids), in
 * chunks; `deltas` collects their running aggregates with lib/db's own addContribution, so
 * the aggregate rows equal what storeCaptured + saveAnalyses would have written.
 */
function* seedChunks(deltas: Deltas, sources: Map<string, SourceRecord>): Generator<SeedChunk> {
  const texts = taggedTexts();
  const rand = prng(7);
  const hosts = ['trustpilot.com', 'g2.com', 'apps.apple.com', 'survey.example'];
  const now = Date.now();
  for (let from = 0; from < STORED; from += CHUNK) {
    const chunk: SeedChunk = { comments: [] };
    for (let i = from; i < Math.min(STORED, from + CHUNK); i++) {
      const { text, analysis } = texts[Math.floor(rand() * texts.length)];
      const url = `https://${hosts[i % hosts.length]}/review/shop?page=${Math.floor(i / 4 / 50) % 25}`;
      // Ratings follow the text's sentiment, as real ones do, so the themes drive NPS both ways.
      const tone = analysis.sentiment.score;
      const stars = Math.min(5, (tone > 0.05 ? 4 : tone < -0.05 ? 1 : 2) + Math.floor(rand() * 2));
      const captured: CapturedComment = {
        text, title: null, author: `Customer ${i}`, date: new Date(Date.UTC(2026, 0, 1 + Math.floor(rand() * 300))).toISOString().slice(0, 10),
        rating: rand() < 0.1 ? null : { value: stars, min: 1, max: 5 }, externalId: `r${i}`, site: 'jsonld', url,
      };
      const id = commentId(captured);
      const record: StoredAnalysis = { ...analysis, analyzedAt: now };
      const effective = applyCorrections(record, null);
      const { score, segment } = ratingToScore(captured.rating);
      const comment: CommentRecord = {
        id, sourceId: sourceId(url), site: captured.site, host: commentHome(captured), url, externalId: captured.externalId,
        author: captured.author, date: captured.date, title: null, text, rating: captured.rating, score, segment,
        lang: analysis.lang, status: 'done', capturedAt: now - (STORED - i), themeIds: effectiveThemeIds(effective),
        analysis: record,
      };
      addContribution(deltas, comment, effective, 1);
      if (!sources.has(comment.sourceId)) {
        sources.set(comment.sourceId, { id: comment.sourceId, url, site: 'jsonld', title: 'Reviews', firstCapturedAt: now, lastCapturedAt: now });
      }
      chunk.comments.push(comment);
    }
    yield chunk;
  }
}

/**
 * Puts rows into the extension's database, one transaction for the lot. The rows come as
 * JSON text: Playwright serialises a plain string far faster than megabytes of objects.
 */
const putRows = (json: string): Promise<void> => new Promise((res, rej) => {
  const rows = JSON.parse(json) as Record<string, unknown[]>;
  const open = indexedDB.open('verbatim');
  open.onerror = () => rej(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction(Object.keys(rows), 'readwrite');
    for (const [name, list] of Object.entries(rows)) for (const row of list) tx.objectStore(name).put(row);
    tx.oncomplete = () => res(db.close());
    tx.onerror = () => rej(tx.error);
  };
});

export async function seed(popup: Page): Promise<void> {
  const deltas: Deltas = new Map();
  const sources = new Map<string, SourceRecord>();
  const t0 = performance.now();
  let writing = 0;
  let pending: Promise<void> = Promise.resolve();
  // The page writes one chunk while Node generates the next.
  for (const chunk of seedChunks(deltas, sources)) {
    const json = JSON.stringify(chunk);
    await pending;
    const t = performance.now();
    pending = popup.evaluate(putRows, json).then(() => void (writing += performance.now() - t));
  }
  await pending;
  await popup.evaluate(putRows, JSON.stringify({ aggregates: [...deltas.values()], sources: [...sources.values()] }));
  const overall = deltas.get(`all\u0000*`);
  const n = overall ? overall.promoters + overall.passives + overall.detractors + overall.unrated : 0;
  if (n !== STORED) throw new Error(`seeded aggregates count ${n} comments, not ${STORED}`);
  console.log(`seeded ${num(STORED)} tagged comments and ${num(deltas.size)} aggregate rows `
    + `in ${ms(performance.now() - t0)} (${ms(writing)} of it in IndexedDB writes)`);
}

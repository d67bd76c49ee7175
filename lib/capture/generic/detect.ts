import type { ExtractedComment } from '../adapter';
import { blockParts } from './block-fields';
import { attr, bodyOf, childElements, descendants, withDomMemo } from './dom-helpers';
import { hasText, linkShare, pageStats, type PageStats, textOf } from './page-stats';
import { clusterChildren, jaccard, signature, SIMILAR } from './signature';
import { TABLE_SELECTOR, tableComments } from './table';
import { learnTemplate, readWithTemplate } from './template';

/**
 * The generic detector for pages no adapter knows: find groups of ≥ 3 look-alike sibling
 * blocks, score each group by how much it looks like user comments (free text of some
 * length, a rating, a date, an author, little link text), keep the best. Works from
 * structure and attributes only, so it does not depend on the page's language.
 */

export interface Detection {
  comments: ExtractedComment[];
  /** 0..1: how sure the detector is that the best group holds the page's comments. */
  confidence: number;
}

interface Candidate {
  score: number;
  blocks?: Element[];
  table?: ExtractedComment[];
  ratingFrac: number;
  metaFrac: number;
  n: number;
}

const MIN_TEXT = 20;
// Enough blocks to tell a group's shape; evaluating more only costs time on long pages.
const SAMPLE = 15;
const DOCUMENT_POSITION_FOLLOWING = 4;

function sample<T>(items: T[]): T[] {
  if (items.length <= SAMPLE) return items;
  const step = items.length / SAMPLE;
  return Array.from({ length: SAMPLE }, (_, i) => items[Math.floor(i * step)]);
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
}

interface Signals { n: number; lens: number[]; structured: number; rating: number; date: number; author: number; links: number; coverage: number }

/** Comment-likeness: enough free text, little link text, parts around the text, metadata. */
function scoreOf(s: Signals): number {
  const textual = s.lens.filter((l) => l >= MIN_TEXT).length / Math.max(1, s.lens.length);
  const richness = 1 + s.rating + 0.6 * s.date + 0.4 * s.author;
  const lenFactor = Math.log2(1 + median(s.lens) / 10);
  const quality = textual * (1 - s.links) * (0.3 + 0.7 * s.structured) * Math.min(1, s.coverage * 2);
  return quality * richness * lenFactor * Math.sqrt(s.n);
}

/** Comment forms and filters hold inputs; comments do not. */
function hasFormControl(block: Element): boolean {
  return descendants(block).some((el) => el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || (el.tagName === 'INPUT' && attr(el, 'type') !== 'hidden'));
}

/** The first descendant with more than one child: wrapper divs around a card add nothing. */
function unwrap(block: Element): Element {
  let cur = block;
  for (let kids = childElements(cur); kids.length === 1; kids = childElements(cur)) cur = kids[0];
  return cur;
}

function evaluateCluster(blocks: Element[], stats: PageStats): Candidate {
  const picked = sample(blocks);
  const lens: number[] = [];
  let structured = 0, rated = 0, dated = 0, authored = 0, links = 0, coverage = 0;
  for (const block of picked) {
    const { textEl, rating, date, author } = blockParts(block);
    const len = textEl ? textOf(stats, textEl) : 0;
    const total = textOf(stats, block);
    lens.push(len);
    if (textEl && textEl !== block && childElements(unwrap(block)).length >= 2) structured++;
    if (rating) rated++;
    if (date) dated++;
    if (author) authored++;
    links += hasFormControl(block) ? 1 : linkShare(stats, block);
    coverage += total ? len / total : 0;
  }
  const k = picked.length;
  const score = scoreOf({ n: blocks.length, lens, structured: structured / k, rating: rated / k, date: dated / k, author: authored / k, links: links / k, coverage: coverage / k });
  return { score, blocks, ratingFrac: rated / k, metaFrac: (dated + authored) / (2 * k), n: blocks.length };
}

function evaluateTable(comments: ExtractedComment[]): Candidate {
  const share = (f: (c: ExtractedComment) => unknown): number => comments.filter(f).length / comments.length;
  const [rating, date, author] = [share((c) => c.rating), share((c) => c.date), share((c) => c.author)];
  const score = scoreOf({ n: comments.length, lens: comments.map((c) => c.text.length), structured: 1, rating, date, author, links: 0, coverage: 1 });
  return { score, table: comments, ratingFrac: rating, metaFrac: (date + author) / 2, n: comments.length };
}

/** Cheap screen before the costly evaluation: most menus and link lists stop here. */
function worthEvaluating(blocks: Element[], stats: PageStats): boolean {
  const picked = sample(blocks);
  const textual = picked.filter((b) => textOf(stats, b) >= MIN_TEXT && linkShare(stats, b) < 0.7).length;
  return textual / picked.length >= 0.3;
}

/**
 * A parent can only hold a comment group when three children share a tag (the page scan
 * keeps only those) and at least two children carry some text; both are checked before
 * any signature is computed.
 */
function mayHoldGroup(parent: Element, stats: PageStats): boolean {
  const kids = childElements(parent);
  let textual = 0;
  for (const c of kids) if (hasText(stats, c, MIN_TEXT) && ++textual >= 2) return true;
  return false;
}

/** Group parents and tables come from the page scan, which never enters navigation, menus or forms. */
function collectCandidates(url: string, stats: PageStats): Candidate[] {
  const candidates: Candidate[] = [];
  for (const parent of stats.groups) {
    if (!mayHoldGroup(parent, stats)) continue;
    const clusters = clusterChildren(parent).filter((c) => worthEvaluating(c, stats));
    if (clusters.length === 0) continue;
    for (const blocks of clusters) {
      const candidate = evaluateCluster(blocks, stats);
      if (candidate.score > 0) candidates.push(candidate);
    }
  }
  for (const table of stats.tables) {
    // A grid nested in another grid is read as part of the outer one.
    if (table.parentElement?.closest(TABLE_SELECTOR)) continue;
    const comments = tableComments(table, url, 'generic').filter((c) => c.text || c.rating);
    if (comments.length >= 3) candidates.push(evaluateTable(comments));
  }
  return candidates;
}

/**
 * Replies nested inside the chosen blocks that look like them (threads). Only searched
 * when the sample shows nesting, so flat lists of thousands of reviews pay nothing.
 */
function nestedLookAlikes(blocks: Element[], stats: PageStats): Element[] {
  const tag = blocks[0].tagName;
  const inner = (b: Element): Element[] => Array.from(b.getElementsByTagName(tag)).filter((el) => textOf(stats, el) >= MIN_TEXT);
  const picked = sample(blocks);
  if (picked.length < blocks.length && !picked.some((b) => inner(b).length > 0)) return [];
  const seeds = picked.slice(0, 5).map((b) => signature(b));
  const top = new Set(blocks);
  const found: Element[] = [];
  for (const block of blocks) {
    for (const el of inner(block)) {
      if (top.has(el)) continue;
      const sig = signature(el);
      if (seeds.some((s) => jaccard(s, sig) >= SIMILAR)) found.push(el);
    }
  }
  return found;
}

function confidenceOf(best: Candidate, second: Candidate | undefined): number {
  const margin = second ? 1 - second.score / best.score : 1;
  const c = 0.35 * margin + 0.25 * Math.min(1, best.n / 5) + 0.2 * best.ratingFrac + 0.2 * best.metaFrac;
  return Math.round(Math.max(0, Math.min(1, c)) * 100) / 100;
}

export function detectRepeatedBlocks(doc: Document, url: string): Detection {
  return withDomMemo(() => detect(doc, url));
}

function detect(doc: Document, url: string): Detection {
  const root = bodyOf(doc) ?? doc.documentElement;
  if (!root) return { comments: [], confidence: 0 };
  const stats = pageStats(root);
  const candidates = collectCandidates(url, stats).sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (!best) return { comments: [], confidence: 0 };
  const confidence = confidenceOf(best, candidates[1]);
  if (best.table) return { comments: best.table, confidence };
  const top = best.blocks ?? [];
  const nested = nestedLookAlikes(top, stats);
  // The blocks a reply's text must not be taken from. Without replies there are none to
  // keep apart: the group's blocks are siblings, never inside one another.
  const all = nested.length === 0 ? undefined : new Set([...top, ...nested]);
  const ordered = all === undefined ? top
    : Array.from(all).sort((a, b) => (a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const template = learnTemplate(sample(top));
  // A cheap stand-in for a block's layout: child count and first child's tag (child lists
  // are already read, so this asks the DOM nothing new).
  const usualKids = childElements(top[0]);
  const usualFirst = usualKids[0]?.tagName ?? '';
  const comments: ExtractedComment[] = [];
  for (const block of ordered) {
    // Ads and link tiles that slipped into the group: their text is mostly links. Only
    // blocks shaped unlike the group's usual card are worth the check.
    const kids = childElements(block);
    const usual = kids.length === usualKids.length && (kids[0]?.tagName ?? '') === usualFirst;
    if (!usual && linkShare(stats, block) > 0.6) continue;
    const comment = readWithTemplate(block, template, url, 'generic', all);
    if (comment.text || comment.rating) comments.push(comment);
  }
  return { comments, confidence };
}

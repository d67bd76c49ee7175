import type { Lang, Segment, TaxonomyTheme } from '../../types';
import type { Token, TokenView } from '../token-view';
import type { CompiledTaxonomy } from '../taxonomy/compile';
import { matchThemes } from '../taxonomy/match';
import { phraseCandidates, type PhraseOccurrence } from './candidates';
import { logOddsZ } from './log-odds';

export interface DiscoveryDoc {
  view: TokenView;
  segment: Segment;
  /** Language of the comment; the options' `lang` when absent. */
  lang?: Lang;
}

export interface DiscoveryOptions {
  /** A phrase must occur in at least this many comments (default 3). */
  minCount?: number;
  /**
   * The prior: α_i = priorScale × (comments with phrase i, all segments pooled), so
   * α0 = priorScale × the pooled total. 0.1 (default) makes the prior worth a tenth of the
   * corpus: it pulls a phrase seen in two or three comments towards z = 0, and barely moves
   * one seen in dozens.
   */
  priorScale?: number;
  /** How many suggestions to return (default 20). */
  limit?: number;
  lang?: Lang;
}

export interface DiscoveredPhrase {
  phrase: string;
  /** Comments that contain the phrase (each comment counts once). */
  count: number;
  promoterCount: number;
  detractorCount: number;
  /** Log-odds z-score, detractors against promoters: > 0 drives detractors, < 0 promoters. */
  z: number;
  /** Already matched by a theme of the taxonomy. */
  covered: boolean;
  /** Up to three comments that contain it. */
  examples: string[];
}

export interface Discovery {
  phrases: DiscoveredPhrase[];
  /** Phrases no theme covers, most distinctive (largest |z|) first. */
  suggestions: DiscoveredPhrase[];
}

interface Tally {
  count: number;
  promoters: number;
  detractors: number;
  surfaces: Map<string, number>;
  examples: string[];
  sample: PhraseOccurrence;
  lang: Lang;
}

const MAX_EXAMPLES = 3;
const SUBSUMED_SHARE = 0.75;

function mostFrequent(surfaces: Map<string, number>): string {
  let best = '';
  let n = -1;
  for (const [s, c] of surfaces) if (c > n || (c === n && s < best)) [best, n] = [s, c];
  return best;
}

/** Runs the taxonomy over the phrase alone, as if it were a comment of its own. */
function isCovered(occ: PhraseOccurrence, compiled: CompiledTaxonomy, lang: Lang): boolean {
  let offset = 0;
  const tokens: Token[] = occ.tokens.map((t) => {
    const start = offset;
    offset += t.text.length + 1;
    return { ...t, start, end: start + t.text.length, sentence: 0 };
  });
  const view: TokenView = {
    text: occ.tokens.map((t) => t.text).join(' '),
    tokens,
    sentences: [{ start: 0, end: Math.max(0, offset - 1), firstToken: 0, lastToken: tokens.length - 1 }],
  };
  return matchThemes(view, compiled, lang).length > 0;
}

function tally(docs: DiscoveryDoc[], lang: Lang): Map<string, Tally> {
  const byKey = new Map<string, Tally>();
  for (const doc of docs) {
    const seen = new Set<string>();
    for (const occ of phraseCandidates(doc.view)) {
      let t = byKey.get(occ.key);
      if (!t) {
        t = { count: 0, promoters: 0, detractors: 0, surfaces: new Map(), examples: [], sample: occ, lang: doc.lang ?? lang };
        byKey.set(occ.key, t);
      }
      t.surfaces.set(occ.surface, (t.surfaces.get(occ.surface) ?? 0) + 1);
      if (seen.has(occ.key)) continue;
      seen.add(occ.key);
      t.count += 1;
      if (doc.segment === 'promoter') t.promoters += 1;
      else if (doc.segment === 'detractor') t.detractors += 1;
      if (t.examples.length < MAX_EXAMPLES) t.examples.push(doc.view.text);
    }
  }
  return byKey;
}

/**
 * Mines candidate themes from the comments themselves: noun phrases, merged by lemma
 * ("delivery drivers" = "delivery driver", "customer-service" = "customer service"), counted
 * once per comment, and scored by how strongly they separate detractors from promoters.
 */
export function discoverThemes(docs: DiscoveryDoc[], compiled: CompiledTaxonomy, opts: DiscoveryOptions = {}): Discovery {
  const minCount = opts.minCount ?? 3;
  const priorScale = opts.priorScale ?? 0.1;
  const limit = opts.limit ?? 20;
  const byKey = tally(docs, opts.lang ?? 'en');
  let nA = 0;
  let nB = 0;
  let nPool = 0;
  for (const t of byKey.values()) {
    nA += t.detractors;
    nB += t.promoters;
    nPool += t.count;
  }
  const alpha0 = priorScale * nPool;
  const phrases: DiscoveredPhrase[] = [];
  const keyOf = new Map<DiscoveredPhrase, string>();
  for (const [key, t] of byKey) {
    if (t.count < minCount) continue;
    const alpha = priorScale * t.count;
    const p: DiscoveredPhrase = {
      phrase: mostFrequent(t.surfaces),
      count: t.count,
      promoterCount: t.promoters,
      detractorCount: t.detractors,
      z: alpha > 0 ? logOddsZ({ yA: t.detractors, yB: t.promoters, nA, nB, alpha, alpha0 }) : 0,
      covered: isCovered(t.sample, compiled, t.lang),
      examples: t.examples,
    };
    phrases.push(p);
    keyOf.set(p, key);
  }
  const byStrength = (a: DiscoveredPhrase, b: DiscoveredPhrase) => Math.abs(b.z) - Math.abs(a.z) || b.count - a.count || a.phrase.localeCompare(b.phrase);
  phrases.sort(byStrength);
  const open = phrases.filter((p) => !p.covered);
  // "driver" is no separate suggestion when most of its comments say "delivery driver".
  const subsumed = (p: DiscoveredPhrase) =>
    open.some((q) => q !== p && q.count >= SUBSUMED_SHARE * p.count && ` ${keyOf.get(q)} `.includes(` ${keyOf.get(p)} `));
  return { phrases, suggestions: open.filter((p) => !subsumed(p)).slice(0, limit) };
}

/** A discovered phrase as a theme, ready for `addTheme` (accepting it is one step). */
export function suggestionToTheme(s: Pick<DiscoveredPhrase, 'phrase'>, lang?: Lang): TaxonomyTheme {
  const slug = s.phrase
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const label = s.phrase.charAt(0).toUpperCase() + s.phrase.slice(1);
  return { id: slug || 'discovered', label, terms: lang ? { [lang]: [s.phrase] } : [s.phrase] };
}

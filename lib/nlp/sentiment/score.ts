import type { Sentiment } from '../../types';
import type { TokenView } from '../token-view';
import { layoutSentence } from './clauses';
import { compilePack } from './compiled-pack';
import { isGluedEmoticon, sentenceItems } from './items';
import { NEUTRAL, normalise, strengthWeightedMean, toSentiment } from './label';
import type { LexiconPack } from './pack';
import { itemValences, questionMask } from './valence';

/** VADER: each "!" (up to four) adds this much to a sentence's strength. */
const EXCLAMATION_BOOST = 0.292;
const MAX_EXCLAMATIONS = 4;
/**
 * When none of our lexicon's words occurs in a sentence, wink's own sentence score
 * (English only) stands in at this weight: it knows words we lack but has no rules.
 */
const WINK_FALLBACK_WEIGHT = 0.5;
/**
 * Where our lexicon does find opinion, wink's sentence score (−1..1) is added to the raw
 * sum at this weight (one AFINN point): a second opinion that mostly breaks ties such as
 * "great show, total panic" (3 − 3) and never outvotes a clear reading. wink knows no
 * question or contrast rules: it has no say in a question, and after a "but" only a tie.
 */
const WINK_SECOND_OPINION = 1;
/** In a sentence with a contrast, wink only breaks a near-tie (|raw| below this). */
const WINK_TIE = 0.5;

export interface ClauseSentiment {
  sentence: number;
  firstToken: number;
  lastToken: number;
  start: number;
  end: number;
  /** Raw valence sum of the clause and of its contrast segment (AFINN scale). */
  raw: number;
  segmentRaw: number;
  /** Raw sum of the next contrast segment with an opinion, for a clause whose own segment has none. */
  nextRaw: number;
  sentiment: Sentiment;
}

export interface SentimentAnalysis {
  sentiment: Sentiment;
  sentences: Sentiment[];
  clauses: ClauseSentiment[];
  /**
   * Clause index of every token; −1 for whitespace and clause-breaking punctuation. A plain
   * array: a typed array of a few dozen entries costs an off-heap allocation per comment.
   */
  tokenClause: number[];
  /** Whether each sentence is one contrast segment (a clause may then fall back on it). */
  sentenceWhole: boolean[];
}

export interface ScoreOptions {
  /** Per-sentence scores from another engine, used only where our lexicon finds nothing. */
  fallback?: number[];
}

function nextOpinion(segmentRaw: number[], segment: number): number {
  for (let s = segment + 1; s < segmentRaw.length; s += 1) if (segmentRaw[s] !== 0) return segmentRaw[s];
  return 0;
}

/** `text !== text.toUpperCase()`, answered by the first ASCII lower-case letter when there is one. */
function hasLowerCase(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return text !== text.toUpperCase();
}

export function scoreSentiment(view: TokenView, pack: LexiconPack, opts: ScoreOptions = {}): SentimentAnalysis {
  const cp = compilePack(pack);
  const shouting = hasLowerCase(view.text);
  const tokenClause = new Array<number>(view.tokens.length).fill(-1);
  const clauses: ClauseSentiment[] = [];
  const scores: number[] = [];
  const weights: number[] = [];
  const sentenceWhole: boolean[] = [];

  for (let s = 0; s < view.sentences.length; s += 1) {
    const sv = view.sentences[s];
    const items = sentenceItems(view.tokens, sv.firstToken, sv.lastToken, cp);
    const question = questionMask(items, pack);
    const values = itemValences(items, { pack, shouting, question });
    const layout = layoutSentence(items);
    const segmentRaw = new Array<number>(layout.segmentWeights.length).fill(0);
    const clauseRaw = new Array<number>(layout.clauses.length);
    for (let i = 0; i < layout.clauses.length; i += 1) {
      const c = layout.clauses[i];
      let sum = 0;
      for (let k = c.firstItem; k <= c.lastItem; k += 1) sum += values[k];
      segmentRaw[c.segment] += sum;
      clauseRaw[i] = sum;
    }
    let raw = 0;
    for (let i = 0; i < segmentRaw.length; i += 1) raw += segmentRaw[i] * layout.segmentWeights[i];
    let bangs = 0;
    let opinionated = false;
    let asked = false;
    for (let k = 0; k < items.length; k += 1) {
      if (items[k].kind === 'punct' && items[k].token.text.includes('!')) bangs += 1;
      if (values[k] !== 0) opinionated = true;
      if (question[k]) asked = true;
    }
    raw += Math.sign(raw) * EXCLAMATION_BOOST * Math.min(bangs, MAX_EXCLAMATIONS);
    // wink also scores URL fragments as emoticons; then its sentence score is not trusted.
    let fallback = opts.fallback?.[s] ?? 0;
    for (let t = sv.firstToken; t <= sv.lastToken && fallback !== 0; t += 1) if (isGluedEmoticon(view.tokens, t)) fallback = 0;
    const contrast = layout.segmentWeights.length > 1;
    if (opinionated && !asked && (!contrast || Math.abs(raw) < WINK_TIE)) raw += fallback * WINK_SECOND_OPINION;
    scores.push(opinionated ? normalise(raw) : fallback * WINK_FALLBACK_WEIGHT);
    // A sentence opening with "But …" outweighs the one before it, as inside a sentence.
    if (items[0]?.kind === 'after') {
      for (let i = 0; i < weights.length; i += 1) weights[i] *= 0.5;
      weights.push(1.5);
    } else weights.push(1);
    sentenceWhole.push(layout.segmentWeights.length === 1);

    for (let i = 0; i < layout.clauses.length; i += 1) {
      const c = layout.clauses[i];
      const first = items[c.firstItem].first;
      const last = items[c.lastItem].last;
      const index = clauses.length;
      for (let k = c.firstItem; k <= c.lastItem; k += 1) {
        for (let t = items[k].first; t <= items[k].last; t += 1) tokenClause[t] = index;
      }
      clauses.push({
        sentence: s,
        firstToken: first,
        lastToken: last,
        start: view.tokens[first].start,
        end: view.tokens[last].end,
        raw: clauseRaw[i],
        segmentRaw: segmentRaw[c.segment],
        nextRaw: nextOpinion(segmentRaw, c.segment),
        sentiment: toSentiment(normalise(clauseRaw[i])),
      });
    }
  }

  return {
    sentiment: scores.length ? toSentiment(strengthWeightedMean(scores, weights)) : NEUTRAL,
    sentences: scores.map(toSentiment),
    clauses,
    tokenClause,
    sentenceWhole,
  };
}

/**
 * Sentiment of a theme mention: its own clause(s); a clause without opinion takes its
 * contrast segment's ("the service" in "I loved the food and the service"); a segment
 * without opinion takes the next one's ("the dim sum however was very good", "I ordered
 * the pizza but it arrived cold"); a sentence without contrast lends its own score. When
 * nothing at or after the mention speaks in a sentence with a contrast, the sentence's own
 * score (wink's reading where our lexicon is silent) is the guess left: "The food is
 * inventive but still keeps traditional flavoring" is praise of the food.
 */
export function mentionSentiment(a: SentimentAnalysis, tokenIndexes: number[]): Sentiment {
  const seen = new Set<number>();
  const scores: number[] = [];
  for (const t of tokenIndexes) {
    const c = a.tokenClause[t];
    if (c === undefined || c < 0 || seen.has(c)) continue;
    seen.add(c);
    const clause = a.clauses[c];
    if (clause.raw !== 0) scores.push(normalise(clause.raw));
    else if (clause.segmentRaw !== 0) scores.push(normalise(clause.segmentRaw));
    else if (clause.nextRaw !== 0) scores.push(normalise(clause.nextRaw));
    else if (a.sentenceWhole[clause.sentence]) scores.push(a.sentences[clause.sentence].score);
  }
  if (scores.length === 0) for (const c of seen) scores.push(a.sentences[a.clauses[c].sentence].score);
  return scores.length ? toSentiment(strengthWeightedMean(scores)) : NEUTRAL;
}

import type { Item } from './items';

/** Weight of what comes before a contrast marker ("but") and of the clause after it (VADER's 0.5 / 1.5). */
export const BEFORE_CONTRAST = 0.5;
export const AFTER_CONTRAST = 1.5;

/** Clause breaks inside a contrast segment: themes take the sentiment of their own clause. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '-', '–', '—', '...', '…', '/', 'and', '&', 'plus', 'whereas']);

export interface ClauseSpan {
  /** Item indexes, first..last inclusive; a clause may be empty of opinion. */
  firstItem: number;
  lastItem: number;
  /** Contrast segment index within the sentence. */
  segment: number;
}

export interface SentenceLayout {
  clauses: ClauseSpan[];
  /** Weight of each contrast segment in the sentence score. */
  segmentWeights: number[];
}

/**
 * Cuts a sentence into contrast segments ("good food | but slow service") and those into
 * clauses. "but"-like markers halve everything before them and weigh the next segment
 * 1.5×; "although"-like markers halve the segment they open, up to the next comma.
 */
export function layoutSentence(items: Item[]): SentenceLayout {
  const clauses: ClauseSpan[] = [];
  const segmentWeights: number[] = [1];
  let segment = 0;
  let concessive = false;
  let start = 0;
  const close = (end: number) => {
    if (end >= start) clauses.push({ firstItem: start, lastItem: end, segment });
  };
  const newSegment = (weight: number) => {
    segment += 1;
    segmentWeights.push(weight);
  };
  items.forEach((it, k) => {
    if (it.kind === 'after') {
      close(k - 1);
      for (let s = 0; s < segmentWeights.length; s += 1) segmentWeights[s] *= BEFORE_CONTRAST;
      newSegment(AFTER_CONTRAST);
      concessive = false;
      start = k;
    } else if (it.kind === 'before') {
      close(k - 1);
      newSegment(BEFORE_CONTRAST);
      concessive = true;
      start = k;
    } else if (CLAUSE_BREAKS.has(it.token.norm) && it.kind !== 'phrase') {
      close(k - 1);
      start = k + 1;
      if (concessive && (it.token.norm === ',' || it.token.norm === ';')) {
        newSegment(1);
        concessive = false;
      }
    }
  });
  close(items.length - 1);
  return { clauses, segmentWeights };
}

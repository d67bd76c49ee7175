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

function closeClause(clauses: ClauseSpan[], start: number, end: number, segment: number): void {
  if (end >= start) clauses.push({ firstItem: start, lastItem: end, segment });
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
  for (let k = 0; k < items.length; k += 1) {
    const it = items[k];
    if (it.kind === 'after') {
      closeClause(clauses, start, k - 1, segment);
      for (let s = 0; s < segmentWeights.length; s += 1) segmentWeights[s] *= BEFORE_CONTRAST;
      segment += 1;
      segmentWeights.push(AFTER_CONTRAST);
      concessive = false;
      start = k;
    } else if (it.kind === 'before') {
      closeClause(clauses, start, k - 1, segment);
      segment += 1;
      segmentWeights.push(BEFORE_CONTRAST);
      concessive = true;
      start = k;
    } else if (it.kind !== 'phrase' && CLAUSE_BREAKS.has(it.token.norm)) {
      closeClause(clauses, start, k - 1, segment);
      start = k + 1;
      if (concessive && (it.token.norm === ',' || it.token.norm === ';')) {
        segment += 1;
        segmentWeights.push(1);
        concessive = false;
      }
    }
  }
  closeClause(clauses, start, items.length - 1, segment);
  return { clauses, segmentWeights };
}

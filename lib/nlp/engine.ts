import winkNLP, { type AsHelpers, type ItsHelpers, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The wink-nlp instance and its helpers, shared by every analysis. */
export interface Engine {
  nlp: WinkMethods;
  its: ItsHelpers;
  as: AsHelpers;
  /** e.g. "wink-eng-lite-web-model/1.8.1"; recorded with every analysis. */
  version: string;
}

/** Kept in step with package.json; an analysis records it so a model upgrade can re-tag. */
export const WINK_MODEL_VERSION = 'wink-eng-lite-web-model/1.8.1';

/**
 * Named entities and custom entities are never read, so they stay out of the pipe:
 * that roughly halves the time per comment. POS stays in because lemmas need it;
 * wink's own sentiment stays in as a fallback signal for sentences our lexicon misses.
 */
export const ENGINE_PIPE = ['sbd', 'negation', 'sentiment', 'pos'];

let cached: Engine | undefined;

/** Builds wink-nlp on first use (≈80 ms, ≈8 MiB) and returns the same engine afterwards. */
export function getEngine(): Engine {
  if (!cached) {
    const nlp = winkNLP(model, ENGINE_PIPE);
    cached = { nlp, its: nlp.its, as: nlp.as, version: WINK_MODEL_VERSION };
  }
  return cached;
}

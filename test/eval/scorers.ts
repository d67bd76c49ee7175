import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyzeText } from '../../lib/nlp/analyze';
import { builtinTaxonomy } from '../../lib/nlp/taxonomy/builtin';
import { compileTaxonomy } from '../../lib/nlp/taxonomy/compile';
import type { Lang } from '../../lib/types';

/** A comment → sentiment score in −1..1; 0 means no opinion found. */
export type Scorer = (text: string) => number;

/** Verbatim's full pipeline, as the extension runs it. */
export function verbatimScorer(lang: Lang | 'auto' = 'en'): Scorer {
  const taxonomy = compileTaxonomy(builtinTaxonomy);
  return (text) => analyzeText(text, { taxonomy, lang }).sentiment.score;
}

/** wink-nlp alone, default pipe: the document score. */
export function winkScorer(): Scorer {
  const nlp = winkNLP(model);
  return (text) => nlp.readDoc(text).out(nlp.its.sentiment) as number;
}

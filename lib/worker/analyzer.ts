import { analyzeText } from '../nlp/analyze';
import { compileTaxonomy } from '../nlp/taxonomy/compile';
import { builtinTaxonomy } from '../nlp/taxonomy/builtin';
import type { CommentAnalysis, Taxonomy } from '../types';

/** The text a comment is tagged on: a review's title often carries its verdict ("Never again"). */
export function analysisText(comment: { text: string; title?: string | null }): string {
  return comment.title ? `${comment.title}\n${comment.text}` : comment.text;
}

/**
 * One compiled taxonomy and the engine, reused for every comment of a run. Evidence spans
 * are offsets into `analysisText(comment)`.
 */
export function createAnalyzer(taxonomy: Taxonomy = builtinTaxonomy): (comment: { text: string; title?: string | null }) => CommentAnalysis {
  const compiled = compileTaxonomy(taxonomy);
  return (comment) => analyzeText(analysisText(comment), { taxonomy: compiled, lang: 'auto' });
}

/**
 * An analyzer with every lazy part loaded (the wink model, the lexicons, language detection):
 * it has tagged one English and one Dutch sentence. Loading takes a few hundred ms, better
 * spent before a capture than after it.
 */
export function createWarmAnalyzer(taxonomy: Taxonomy = builtinTaxonomy): ReturnType<typeof createAnalyzer> {
  const analyze = createAnalyzer(taxonomy);
  analyze({ text: 'The delivery was quick and the staff were friendly.' });
  analyze({ text: 'De levering was snel en het personeel was vriendelijk.' });
  return analyze;
}

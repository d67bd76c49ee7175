import type { CommentAnalysis, Lang, SentenceSentiment, ThemeHit } from '../types';
import { getEngine, type Engine } from './engine';
import { detectLanguage } from './language';
import { englishPack } from './sentiment/en-pack';
import { NEUTRAL } from './sentiment/label';
import { dutchPack } from './sentiment/nl-pack';
import type { LexiconPack } from './sentiment/pack';
import { mentionSentiment, scoreSentiment } from './sentiment/score';
import type { CompiledTaxonomy } from './taxonomy/compile';
import { matchThemes } from './taxonomy/match';
import { readText } from './tokens';

/** Bump when a change to the rules or lexicons should re-tag stored comments. */
export const NLP_VERSION = 'verbatim-nlp/2';

/**
 * Longer comments are analysed on their first 20,000 characters (about 3,500 words):
 * no real review is longer, and a pasted log or page must not stall the queue.
 */
export const MAX_ANALYSED_CHARS = 20_000;

/** The language of a comment shows in its first 2,000 characters; trigram statistics over more only cost time. */
const LANGUAGE_SAMPLE_CHARS = 2_000;

export interface AnalyzeOptions {
  taxonomy: CompiledTaxonomy;
  /** 'auto' (the default) detects the language of each comment. */
  lang?: Lang | 'auto';
  /** Defaults to the shared engine. */
  engine?: Engine;
}

const PACKS: Record<Lang, LexiconPack> = { en: englishPack, nl: dutchPack };

/** Cuts at `max` characters without splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, /[\ud800-\udbff]/.test(text[max - 1]) ? max - 1 : max);
}

export function truncateForAnalysis(text: string): string {
  return truncate(text, MAX_ANALYSED_CHARS);
}

/** Sentiment (comment, sentences, themes) and themes of one comment. Never throws on odd text. */
export function analyzeText(text: string, opts: AnalyzeOptions): CommentAnalysis {
  const engine = opts.engine ?? getEngine();
  const engineName = `${NLP_VERSION} ${engine.version}`;
  const taxonomyVersion = `${opts.taxonomy.name}@${opts.taxonomy.version}`;
  const input = truncateForAnalysis(typeof text === 'string' ? text : '');
  const requested = opts.lang ?? 'auto';
  if (!/\S/.test(input)) {
    return { engine: engineName, taxonomyVersion, lang: requested === 'auto' ? 'en' : requested, sentiment: NEUTRAL, sentences: [], themes: [] };
  }
  const lang: Lang = requested === 'auto' ? detectLanguage(truncate(input, LANGUAGE_SAMPLE_CHARS)) : requested;
  const { view, winkSentiment } = readText(input, engine, lang);
  // wink's model is English: its sentence scores only help English text.
  const scored = scoreSentiment(view, PACKS[lang], { fallback: lang === 'en' ? winkSentiment : undefined });
  const sentences: SentenceSentiment[] = new Array(view.sentences.length);
  for (let i = 0; i < sentences.length; i += 1) {
    const s = view.sentences[i];
    sentences[i] = { text: input.slice(s.start, s.end), start: s.start, end: s.end, sentiment: scored.sentences[i] };
  }
  const themes: ThemeHit[] = [];
  for (const m of matchThemes(view, opts.taxonomy, lang)) {
    themes.push({ themeId: m.themeId, label: m.label, sentiment: mentionSentiment(scored, m.tokenIndexes), evidence: m.spans });
  }
  return { engine: engineName, taxonomyVersion, lang, sentiment: scored.sentiment, sentences, themes };
}

export function analyzeMany(texts: readonly string[], opts: AnalyzeOptions): CommentAnalysis[] {
  return texts.map((text) => analyzeText(text, opts));
}

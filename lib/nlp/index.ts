export { getEngine, WINK_MODEL_VERSION, type Engine } from './engine';
export { tokenize, readText } from './tokens';
export type { Token, TokenView, SentenceView } from './token-view';
export { analyzeText, analyzeMany, NLP_VERSION, MAX_ANALYSED_CHARS, type AnalyzeOptions } from './analyze';
export { scoreSentiment, mentionSentiment, type SentimentAnalysis, type ClauseSentiment } from './sentiment/score';
export { englishPack } from './sentiment/en-pack';
export { labelOf, toSentiment, NEUTRAL_BAND } from './sentiment/label';
export type { LexiconPack } from './sentiment/pack';

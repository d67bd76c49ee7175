import afinnNl from 'afinn-165-multilingual/build/AFINN-nl.json';
import corrections from './nl/afinn-corrections.json';
import reviewWords from './nl/review-words.json';
import feedbackPhrases from './nl/phrases.json';
import { englishPack } from './en-pack';
import type { LexiconPack } from './pack';

/*
 * Provenance, in the order the layers are applied (later wins):
 * 1. afinn-165-multilingual@0.0.1 (MIT): AFINN-165 machine-translated to Dutch. Broad, but
 *    about one entry in six was untranslated, had another everyday sense, or was wrong.
 * 2. nl/afinn-corrections.json: those entries removed or re-valued, read by hand.
 * 3. nl/review-words.json: the words Dutch reviews actually use, with their inflections.
 * 4. nl/phrases.json: feedback phrasing no word list captures ("niks van gehoord").
 * 5. Emoji and emoticons from the English pack: they mean the same in any language.
 */

/** Keys without a letter or digit: emoji ("👍", "😡") and emoticons (":)"). */
const SYMBOLIC = /^[^\p{L}\p{N}]+$/u;

/** wink splits on hyphens, so a key holding one could never match a token sequence. */
function matchable(key: string): boolean {
  return key.length > 0 && !key.includes('-');
}

function buildLexicon(): { words: Map<string, number>; phrases: Map<string, number> } {
  const removed = new Set(corrections.remove);
  const merged = new Map<string, number>();
  for (const [raw, value] of Object.entries(afinnNl as Record<string, number | null>)) {
    const key = raw.trim().toLowerCase();
    if (value === null || !matchable(key) || removed.has(key)) continue;
    merged.set(key, value);
  }
  for (const [key, value] of Object.entries(corrections.set as Record<string, number>)) merged.set(key, value);
  for (const [key, value] of Object.entries(reviewWords.words as Record<string, number>)) merged.set(key, value);

  const words = new Map<string, number>();
  const phrases = new Map<string, number>();
  for (const [key, value] of englishPack.words) if (SYMBOLIC.test(key)) words.set(key, value);
  for (const [key, value] of merged) (key.includes(' ') ? phrases : words).set(key, value);
  for (const [key, value] of Object.entries(feedbackPhrases.phrases as Record<string, number>)) {
    phrases.set(key, value);
  }
  return { words, phrases };
}

const lexicon = buildLexicon();

export const dutchPack: LexiconPack = {
  lang: 'nl',
  words: lexicon.words,
  phrases: lexicon.phrases,
  negators: new Set(['niet', 'geen', 'nooit', 'niets', 'niks', 'nergens', 'niemand', 'noch', 'zonder', 'nimmer', 'geeneens']),
  intensifiers: new Map([
    ['heel', 1.3],
    ['erg', 1.3],
    ['zeer', 1.4],
    ['echt', 1.2],
    ['super', 1.3],
    ['ontzettend', 1.5],
    ['enorm', 1.4],
    ['hartstikke', 1.4],
    ['vreselijk', 1.4],
    ['verschrikkelijk', 1.4],
    ['totaal', 1.4],
    ['absoluut', 1.4],
    ['helemaal', 1.3],
    ['uiterst', 1.5],
    ['uitermate', 1.5],
    ['extreem', 1.5],
    ['bijzonder', 1.3],
    ['buitengewoon', 1.4],
    ['onwijs', 1.4],
    ['mega', 1.4],
    ['zwaar', 1.3],
    ['dik', 1.3],
    ['flink', 1.2],
    ['behoorlijk', 1.2],
    ['zo', 1.2],
    ['veel', 1.2],
    ['écht', 1.3],
    ['zó', 1.3],
  ]),
  downtoners: new Map([
    ['een beetje', 0.6],
    ['beetje', 0.6],
    ['een tikje', 0.7],
    ['min of meer', 0.6],
    ['wat', 0.7],
    ['iets', 0.7],
    ['ietwat', 0.6],
    ['ietsje', 0.6],
    ['redelijk', 0.7],
    ['enigszins', 0.6],
    ['tamelijk', 0.7],
    ['vrij', 0.8],
    ['best', 0.8],
    ['licht', 0.7],
    ['lichtelijk', 0.6],
  ]),
  // "wel" is left out: it affirms ("wel aardig, maar…") more often than it contrasts.
  contrastAfter: new Set(['maar', 'echter', 'alleen', 'toch', 'desondanks', 'daarentegen', 'evenwel']),
  // "al" is left out: as "already" ("al 3 weken niks gehoord") it is far commoner than "al is het duur".
  contrastBefore: new Set(['hoewel', 'alhoewel', 'ondanks', 'ofschoon', 'weliswaar']),
  // Praise after these is what was missing ("ik had gehoopt op betere service"). Bare
  // "verwacht" is left out: "zoals verwacht, prima" is praise.
  irrealis: new Set([
    'gehoopt',
    'hoopte',
    'hoopten',
    'verwachtte',
    'verwachtten',
    'had verwacht',
    'hadden verwacht',
    'zou moeten',
    'zouden moeten',
    'had moeten',
    'hadden moeten',
  ]),
  // "niet snel genoeg": a shortfall, whatever "snel" scores.
  enough: new Set(['genoeg']),
};

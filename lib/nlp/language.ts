import { francAll } from 'franc-min';
import type { Lang } from '../types';

export type LanguageMethod = 'words' | 'trigrams' | 'combined' | 'default';

export interface LanguageGuess {
  lang: Lang;
  /** 0.5 (a coin toss) .. 1 (certain). */
  confidence: number;
  /** What decided: marker words only, franc's trigrams only, both, or nothing (the default). */
  method: LanguageMethod;
}

/** Comments are assumed English unless something says Dutch: most review sites are English. */
const DEFAULT_LANG: Lang = 'en';

/** Below this many letters franc's trigram statistics are noise ("Top!" comes out Dutch). */
const SHORT_TEXT_LETTERS = 20;

/** On short text franc is trusted only when it is this sure and no marker word spoke. */
const SHORT_TEXT_FRANC_MARGIN = 0.7;

/** Up to this many letters, trigrams alone decide only when they are this sure. */
const MEDIUM_TEXT_LETTERS = 40;
const MEDIUM_TEXT_FRANC_MARGIN = 0.5;

/** One marker word weighs about as much as franc's full margin divided by this. */
const WORD_WEIGHT = 0.5;

/**
 * Words that are Dutch and not English. Words both languages write the same way
 * ("is", "was", "in", "we", "me", "of", "over", "door", "want", "top", "super", "app",
 * "service", "hotel") are left out on purpose: they cannot tell the two apart.
 */
const DUTCH_MARKERS = new Set(
  (
    'de het een niet geen en ik je jij wij zij hij ze mijn m\'n jullie ons onze uw zijn ' +
    'van voor met op naar bij uit aan om tot te dat die dit deze wat wie waar hoe waarom ' +
    'maar ook wel nog al echt heel erg zeer zeker altijd nooit niets niks meer veel weer toch ' +
    'dan als omdat dus ben bent heb hebt heeft hebben waren wordt worden werd kan kon ' +
    'kunnen moet moeten zou zal gaat ging gaan komt kwam er hier daar zo nu alles iets ' +
    'iemand niemand nergens helemaal gewoon steeds eindelijk binnen na zonder ' +
    'goed goede slecht slechte snel snelle mooi mooie fijn fijne prima tevreden ontevreden ' +
    'leuk leuke lekker lekkere aanrader helaas jammer bedankt dank geweldig geweldige ' +
    'prachtig vriendelijk vriendelijke onvriendelijk behulpzaam netjes keurig heerlijk ' +
    'waardeloos teleurgesteld teleurstelling vervelend duidelijk traag kapot stuk ' +
    'geleverd besteld bestelling bezorgd bezorging bezorger levering pakket pakketje ' +
    'klantenservice medewerker medewerkers personeel kwaliteit prijs geld eten kamer ' +
    'winkel webshop dag dagen keer week weken geholpen opgelost gehad gekregen ' +
    'ontvangen verpakt gebeld reactie terug nieuwe tijd uur klant klacht zoals welke wanneer ' +
    'nadat voordat terwijl doordat waardoor hun mij jou hem zich eigen iedereen elke ieder weinig ' +
    'genoeg beetje samen verwacht beschreven'
  ).split(' '),
);

/** Words that are English and not Dutch. */
const ENGLISH_MARKERS = new Set(
  (
    'the a an and are were it it\'s its this that these those with for to from at on by ' +
    'very not no never but also my i i\'m i\'ve you your you\'re they their them have has ' +
    'been be will would can could should do does did don\'t didn\'t doesn\'t won\'t can\'t ' +
    'isn\'t wasn\'t there here what which who when where why how so too all just only ' +
    'still again ever after before because than then really much many more most ' +
    'great good bad terrible awful awesome excellent amazing fast slow quick nice ' +
    'helpful friendly rude easy worth money waste keeps delivery delivered order ' +
    'ordered customer support staff food room price quality recommend love ' +
    'like thanks thank happy disappointed broken arrived received time days day'
  ).split(' '),
);

const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/giu;
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

/** Each distinct word votes once, so "die die die" is one Dutch vote, not four. */
function markerVotes(words: string[]): { nl: number; en: number } {
  let nl = 0;
  let en = 0;
  for (const w of new Set(words)) {
    if (DUTCH_MARKERS.has(w)) nl += 1;
    else if (ENGLISH_MARKERS.has(w)) en += 1;
  }
  return { nl, en };
}

/** franc restricted to our two languages: +margin for Dutch, −margin for English. */
function francLean(text: string): number {
  const ranked = francAll(text, { only: ['nld', 'eng'], minLength: 1 });
  const [top, second] = ranked;
  if (!top || top[0] === 'und') return 0;
  const margin = 1 - (second?.[1] ?? 0);
  return top[0] === 'nld' ? margin : -margin;
}

/** Maps a lean (any real number, sign = language) onto 0.5..1. */
function confidenceOf(lean: number): number {
  return Math.round((0.5 + 0.5 * Math.tanh(Math.abs(lean))) * 100) / 100;
}

function langOf(lean: number): Lang {
  return lean > 0 ? 'nl' : 'en';
}

/**
 * Tells Dutch from English. franc's trigrams decide long text well but guess on
 * short text, so they are combined with a vote of marker words (function words and
 * common review words only one of the two languages writes); short comments without
 * any Dutch evidence stay English.
 */
export function detectLanguageDetailed(text: string): LanguageGuess {
  const cleaned = text.replace(URL_OR_EMAIL, ' ');
  const words = (cleaned.toLowerCase().match(WORD) ?? []).map((w) => w.replace('’', "'"));
  const letters = words.reduce((n, w) => n + w.length, 0);
  const { nl, en } = markerVotes(words);
  const wordLean = (nl - en) * WORD_WEIGHT;

  if (letters === 0) return { lang: DEFAULT_LANG, confidence: 0.5, method: 'default' };

  const letterText = words.join(' ');
  if (letters < SHORT_TEXT_LETTERS) {
    if (nl !== en) return { lang: langOf(wordLean), confidence: confidenceOf(wordLean), method: 'words' };
    const lean = francLean(letterText);
    if (nl === 0 && Math.abs(lean) >= SHORT_TEXT_FRANC_MARGIN) {
      return { lang: langOf(lean), confidence: confidenceOf(lean), method: 'trigrams' };
    }
    return { lang: DEFAULT_LANG, confidence: 0.5, method: 'default' };
  }

  // franc's lean is a margin of at most 1: once the words lean further, it cannot change
  // the answer, and skipping it halves the cost of tagging a typical comment.
  // (At exactly −1 the sum can reach 0 at best, and a tie is English anyway.)
  if (wordLean > 1 || wordLean <= -1) return { lang: langOf(wordLean), confidence: confidenceOf(wordLean), method: 'words' };
  const trigramLean = francLean(letterText);
  const lean = trigramLean + wordLean;
  const unsure = nl + en === 0 && letters < MEDIUM_TEXT_LETTERS && Math.abs(trigramLean) < MEDIUM_TEXT_FRANC_MARGIN;
  if (lean === 0 || unsure) return { lang: DEFAULT_LANG, confidence: 0.5, method: 'default' };
  return {
    lang: langOf(lean),
    confidence: confidenceOf(lean),
    method: nl + en === 0 ? 'trigrams' : 'combined',
  };
}

export function detectLanguage(text: string): Lang {
  return detectLanguageDetailed(text).lang;
}

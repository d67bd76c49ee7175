import { francAll } from 'franc-min';
import { data as francData } from 'franc-min/data.js';
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
/** What every URL_OR_EMAIL match contains: text without it skips that (backtracking) regex. */
const URL_OR_EMAIL_HINT = /@|:\/\/|www\./i;
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * The words of `text` in lower case, as `text.toLowerCase().match(WORD)` finds them. ASCII
 * text (most comments) is scanned by hand: the Unicode regex costs more than the rest of
 * the detection.
 */
function wordsOf(text: string): string[] {
  for (let i = 0; i < text.length; i += 1) {
    if (text.charCodeAt(i) > 0x7f) return text.toLowerCase().match(WORD) ?? [];
  }
  const lower = text.toLowerCase();
  const words: string[] = [];
  let i = 0;
  while (i < lower.length) {
    if (!isAsciiLetter(lower.charCodeAt(i))) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < lower.length && isAsciiLetter(lower.charCodeAt(i))) i += 1;
    // "don't": an apostrophe joins letters on both sides.
    while (lower.charCodeAt(i) === 39 && isAsciiLetter(lower.charCodeAt(i + 1))) {
      i += 1;
      while (i < lower.length && isAsciiLetter(lower.charCodeAt(i))) i += 1;
    }
    words.push(lower.slice(start, i));
  }
  return words;
}

/** +1 for a Dutch marker, −1 for an English one; a word on both lists counts as Dutch. */
const MARKERS = new Map<string, number>([...[...ENGLISH_MARKERS].map((w) => [w, -1] as const), ...[...DUTCH_MARKERS].map((w) => [w, 1] as const)]);

/** Each distinct word votes once, so "die die die" is one Dutch vote, not four. */
function markerVotes(words: string[]): { nl: number; en: number } {
  let nl = 0;
  let en = 0;
  // Only marker words need de-duplicating: one lookup per word, no set of every word.
  const seen: string[] = [];
  for (const w of words) {
    const vote = MARKERS.get(w);
    if (vote === undefined || seen.includes(w)) continue;
    seen.push(w);
    if (vote > 0) nl += 1;
    else en += 1;
  }
  return { nl, en };
}

/** franc restricted to our two languages: +margin for Dutch, −margin for English. */
function francLean(text: string): number {
  if (PLAIN_WORDS.test(text) && A_LETTER.test(text)) return latinLean(text);
  return francLeanExact(text);
}

/** franc itself, always: the reference the fast path must equal (exported for that test). */
export function francLeanExact(text: string): number {
  const ranked = francAll(text, { only: ['nld', 'eng'], minLength: 1 });
  const [top, second] = ranked;
  if (!top || top[0] === 'und') return 0;
  const margin = 1 - (second?.[1] ?? 0);
  return top[0] === 'nld' ? margin : -margin;
}

/*
 * franc's answer for lower-case ASCII words, computed without franc. franc first finds the
 * text's script by running a regular expression per script over it, which costs more than
 * the rest of language detection put together; ASCII letters are Latin script, so that step
 * is skipped and the rest is franc's own arithmetic on franc's own trigram data (franc-min
 * 6.2.0, pinned: an upgrade must re-check this against francAll).
 */
const PLAIN_WORDS = /^[a-z' ]+$/;
const A_LETTER = /[a-z]/;
/** franc's: the sample it reads, and the distance a trigram a language lacks adds. */
const FRANC_MAX_LENGTH = 2048;
const FRANC_MAX_DIFFERENCE = 300;

/** A trigram's weight is its first position in franc's list, as franc reads it. */
function trigramRanks(list: string): Map<string, number> {
  const ranks = new Map<string, number>();
  const grams = list.split('|');
  for (let w = grams.length - 1; w >= 0; w -= 1) ranks.set(grams[w], w);
  return ranks;
}

const ENGLISH_TRIGRAMS = trigramRanks(francData.Latin.eng);
const DUTCH_TRIGRAMS = trigramRanks(francData.Latin.nld);

function trigramDistance(counts: Map<string, number>, ranks: Map<string, number>): number {
  let distance = 0;
  for (const [gram, count] of counts) {
    const rank = ranks.get(gram);
    distance += rank === undefined ? FRANC_MAX_DIFFERENCE : Math.abs(count - rank - 1);
  }
  return distance;
}

export function latinLean(text: string): number {
  const value = text.slice(0, FRANC_MAX_LENGTH);
  // trigram-utils' cleaning: punctuation (here only apostrophes) and runs of spaces become one space.
  const padded = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i += 1) {
    const gram = padded.slice(i, i + 3);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  const english = trigramDistance(counts, ENGLISH_TRIGRAMS);
  const dutch = trigramDistance(counts, DUTCH_TRIGRAMS);
  // franc ranks by distance, English first on a tie (the order of its data), then normalises.
  const dutchFirst = dutch < english;
  const min = dutchFirst ? dutch : english;
  const other = dutchFirst ? english : dutch;
  const second = 1 - (other - min) / (value.length * FRANC_MAX_DIFFERENCE - min) || 0;
  const margin = 1 - second;
  return dutchFirst ? margin : -margin;
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
  const cleaned = URL_OR_EMAIL_HINT.test(text) ? text.replace(URL_OR_EMAIL, ' ') : text;
  const words = wordsOf(cleaned);
  let letters = 0;
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i];
    if (w.includes('’')) words[i] = w.replace('’', "'");
    letters += w.length;
  }
  const { nl, en } = markerVotes(words);
  const wordLean = (nl - en) * WORD_WEIGHT;

  if (letters === 0) return { lang: DEFAULT_LANG, confidence: 0.5, method: 'default' };

  if (letters < SHORT_TEXT_LETTERS) {
    if (nl !== en) return { lang: langOf(wordLean), confidence: confidenceOf(wordLean), method: 'words' };
    // A tie between marker words is never overruled by trigrams: franc has nothing to decide.
    if (nl !== 0) return { lang: DEFAULT_LANG, confidence: 0.5, method: 'default' };
    const lean = francLean(words.join(' '));
    if (Math.abs(lean) >= SHORT_TEXT_FRANC_MARGIN) {
      return { lang: langOf(lean), confidence: confidenceOf(lean), method: 'trigrams' };
    }
    return { lang: DEFAULT_LANG, confidence: 0.5, method: 'default' };
  }

  // franc's lean is a margin of at most 1: once the words lean further, it cannot change
  // the answer, and skipping it halves the cost of tagging a typical comment.
  // (At exactly −1 the sum can reach 0 at best, and a tie is English anyway.)
  if (wordLean > 1 || wordLean <= -1) return { lang: langOf(wordLean), confidence: confidenceOf(wordLean), method: 'words' };
  const trigramLean = francLean(words.join(' '));
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

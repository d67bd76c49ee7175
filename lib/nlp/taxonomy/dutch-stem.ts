/**
 * A small Dutch suffix stemmer for theme matching, not a full Snowball stemmer: it only has
 * to bring a term and the words written in comments to the same key. It folds plurals
 * (-en, -s, -'s), diminutives (-je, -tje, -jes, -tjes) and the spelling changes they cause
 * (pakketten → pakket, prijzen → prijs, brieven → brief).
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

function isVowel(c: string | undefined): boolean {
  return c !== undefined && VOWELS.has(c);
}

/** "pakkett" → "pakket": the doubled consonant of a short vowel before -en. */
function undouble(w: string): string {
  const n = w.length;
  if (n >= 4 && w[n - 1] === w[n - 2] && !isVowel(w[n - 1])) return w.slice(0, -1);
  return w;
}

/** z/v at the end of a stem are written s/f in the singular: prijz → prijs, brie v → brief. */
function devoice(w: string): string {
  if (w.endsWith('z')) return `${w.slice(0, -1)}s`;
  if (w.endsWith('v')) return `${w.slice(0, -1)}f`;
  return w;
}

/** The canonical key of a Dutch word (lower-case input). */
export function dutchStem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("'s")) return w.slice(0, -2);
  if (w.endsWith('jes') && w.length > 6) w = w.slice(0, -1);
  if (w.endsWith('je') && w.length > 5) return w.slice(0, -2);
  if (w.endsWith('en') && w.length > 5) {
    return devoice(undouble(w.slice(0, -2)));
  }
  // -s plurals follow a vowel or r/l/n ("bezorgers", "tafels"); "prijs", "kaas" keep theirs.
  if (w.endsWith('s') && w.length > 4) {
    const before = w[w.length - 2];
    if (before === 'r' || before === 'l' || before === 'n' || (before === 'e' && w[w.length - 3] !== 'e')) {
      return w.slice(0, -1);
    }
  }
  return w;
}

/** Lengthens the vowel of an open syllable: "dur" (from "dure") → "duur", "goedkop" → "goedkoop". */
function lengthen(w: string): string | undefined {
  const n = w.length;
  if (n < 3 || isVowel(w[n - 1])) return undefined;
  const v = w[n - 2];
  if (!isVowel(v) || v === 'i' || isVowel(w[n - 3])) return undefined;
  return `${w.slice(0, n - 1)}${v}${w[n - 1]}`;
}

/**
 * Other keys a word written in a comment may stand for, beyond its stem: the stem with a
 * diminutive's -t- dropped ("biertje" → "bier"), an inflected adjective ("dure" → "duur",
 * "snelle" → "snel"), the open syllable of a plural ("boten" → "boot") and a past participle
 * ("geleverd" → "lever", "bezorgd" → "bezorg"). Tokens try all of them; terms use the stem.
 */
export function dutchVariants(word: string): string[] {
  const stem = dutchStem(word);
  const out = new Set<string>([word, stem]);
  if (stem.endsWith('t') && (word.endsWith('tje') || word.endsWith('tjes'))) out.add(stem.slice(0, -1));
  const long = lengthen(stem);
  if (long && word.endsWith('en')) out.add(long);
  if (word.endsWith('e') && word.length > 3) {
    const base = devoice(undouble(word.slice(0, -1)));
    out.add(base);
    const l = lengthen(base);
    if (l) out.add(l);
  }
  if ((word.endsWith('d') || word.endsWith('t')) && word.length > 5) {
    out.add(word.startsWith('ge') && word.length > 7 ? word.slice(2, -1) : word.slice(0, -1));
  }
  // Past tense: "reageerde" → "reageer", "bestelden" → "bestel".
  const past = /(?:de|te|den|ten)$/.exec(word);
  if (past && word.length - past[0].length >= 4) out.add(word.slice(0, -past[0].length));
  // A long vowel before the last consonant is written single when a syllable follows:
  // "reageer" (from "reageert") is the "reager" of "reageren".
  for (const v of [...out]) {
    const m = /([aeou])\1([^aeiouy])$/.exec(v);
    if (m) out.add(`${v.slice(0, -3)}${m[1]}${m[2]}`);
  }
  return [...out];
}

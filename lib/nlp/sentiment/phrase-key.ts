/**
 * Writes a lexicon phrase the way wink normalises tokens, so data files can say
 * "doesn't work" and still match the tokens "does" "not" "work". wink expands
 * contractions, with or without the apostrophe ("dont" → "do" "not").
 */
export function phraseKey(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\bcan'?t\b/g, 'can not')
    .replace(/\bcannot\b/g, 'can not')
    .replace(/\bwon'?t\b/g, 'will not')
    .replace(/\b(do|does|did|is|are|was|were|has|have|had|could|would|should|must|need)n'?t\b/g, '$1 not')
    .replace(/'re\b/g, ' are')
    .replace(/'ve\b/g, ' have')
    .replace(/\bi'm\b/g, 'i am')
    .replace(/'ll\b/g, ' will')
    .replace(/\b(it|that|there|what|he|she)'s\b/g, '$1 is')
    .trim()
    .split(/\s+/)
    .join(' ');
}

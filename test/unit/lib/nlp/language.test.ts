import { describe, expect, test } from 'vitest';
import { detectLanguage, detectLanguageDetailed } from '../../../../lib/nlp/language';
import type { Lang } from '../../../../lib/types';

// Real-looking comments as they arrive from review pages and survey exports.
const cases: [string, Lang][] = [
  // Short comments: English unless Dutch words say otherwise.
  ['Top!', 'en'],
  ['Super', 'en'],
  ['OK', 'en'],
  ['👍👍', 'en'],
  ['Great!', 'en'],
  ['Love it', 'en'],
  ['Prima', 'nl'],
  ['Heel tevreden', 'nl'],
  ['Slechte service', 'nl'],
  ['Dikke aanrader!!', 'nl'],
  ['Snel geleverd', 'nl'],
  ['Niet goed', 'nl'],
  ['Nooit meer!', 'nl'],
  ['Not good', 'en'],
  ['Fast delivery', 'en'],
  ['Top service 👍', 'en'],
  // Ordinary sentences.
  ['Fast delivery and great customer service, would order again.', 'en'],
  ['The app keeps crashing since the last update.', 'en'],
  ['Room was clean but the breakfast was disappointing.', 'en'],
  ['Waited 40 minutes on the phone and nobody could help me.', 'en'],
  ['Absolutely love this shop, five stars from me', 'en'],
  ['Never again. Package arrived broken and no refund.', 'en'],
  ['Staff were friendly and helpful, the food came quickly.', 'en'],
  ['Meh. It does what it says I guess', 'en'],
  ['Even better than expected!', 'en'],
  ['Damn, running late sucks.', 'en'],
  ['Two words that should die this year. Die die die', 'en'],
  ['Super snel geleverd, binnen een dag in huis!', 'nl'],
  ['De app blijft crashen sinds de laatste update.', 'nl'],
  ['Pakket kapot aangekomen en geen reactie op mijn mail.', 'nl'],
  ['Lang wachten aan de telefoon, daarna niks meer van gehoord.', 'nl'],
  ['Heerlijk gegeten, het personeel was erg gastvrij.', 'nl'],
  ['Niets op aan te merken, echt een aanrader.', 'nl'],
  ['Overstappen naar deze energieleverancier ging makkelijk.', 'nl'],
  ['Internet valt steeds weg, al weken storing', 'nl'],
  ['In één woord geweldig', 'nl'],
  ["M'n bestelling was incompleet en ze reageren niet", 'nl'],
  // With URLs, e-mail addresses and emoji.
  ['Zie https://www.example.nl/klachten voor mijn verhaal, echt schandalig 😡', 'nl'],
  ['See https://example.com/review for details, terrible support 😡', 'en'],
  ['Mail mij op jan.devries@example.nl als het opgelost is', 'nl'],
  ['Heerlijke pizza 🍕🔥 komen zeker terug', 'nl'],
  ['Best pizza in town 🍕🔥 will come back', 'en'],
  // Mixed: the language carrying most of the comment wins.
  ['Top service, snel geleverd en goed verpakt', 'nl'],
  ['Great service, the delivery was fast, thanks!', 'en'],
  ['Customer service was helpful, maar de levering duurde wel erg lang', 'nl'],
  ['Goede app but the login keeps failing every day and support never answers', 'en'],
];

describe('detectLanguage', () => {
  test.each(cases)('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  test('empty and symbol-only text fall back to English by default', () => {
    expect(detectLanguageDetailed('')).toEqual({ lang: 'en', confidence: 0.5, method: 'default' });
    expect(detectLanguageDetailed('!!! 😀 10/10')).toEqual({ lang: 'en', confidence: 0.5, method: 'default' });
  });
});

describe('detectLanguageDetailed', () => {
  test('short Dutch text is decided by marker words', () => {
    expect(detectLanguageDetailed('Heel tevreden')).toMatchObject({ lang: 'nl', method: 'words' });
  });

  test('a long comment with many marker words is decided by them, more surely than a short one', () => {
    const long = detectLanguageDetailed('Bezorging was twee dagen te laat en niemand liet iets weten.');
    const short = detectLanguageDetailed('Snel geleverd');
    expect(long).toMatchObject({ lang: 'nl', method: 'words' });
    expect(long.confidence).toBeGreaterThan(short.confidence);
    expect(long.confidence).toBeLessThanOrEqual(1);
  });

  test('trigrams and words decide together when the words alone are not enough', () => {
    expect(detectLanguageDetailed('Prima product, goede service en netjes verpakt.')).toMatchObject({ lang: 'nl' });
    expect(detectLanguageDetailed('Lovely product, well packed, on schedule.')).toMatchObject({ lang: 'en', method: 'combined' });
  });

  test('a short comment with no evidence is English at coin-toss confidence', () => {
    expect(detectLanguageDetailed('Top!')).toEqual({ lang: 'en', confidence: 0.5, method: 'default' });
  });
});

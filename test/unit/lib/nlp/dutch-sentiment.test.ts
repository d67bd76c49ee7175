import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../../lib/nlp/analyze';
import { getEngine } from '../../../../lib/nlp/engine';
import { tokenize } from '../../../../lib/nlp/tokens';
import { dutchPack } from '../../../../lib/nlp/sentiment/nl-pack';
import { builtinTaxonomy } from '../../../../lib/nlp/taxonomy/builtin';
import { compileTaxonomy } from '../../../../lib/nlp/taxonomy/compile';
import type { SentimentLabel } from '../../../../lib/types';

const taxonomy = compileTaxonomy(builtinTaxonomy);
const nl = (text: string) => analyzeText(text, { taxonomy, lang: 'nl' }).sentiment;

describe('Dutch sentiment through analyzeText', () => {
  // Each row is how a Dutch reader takes the comment.
  test.each<[string, SentimentLabel]>([
    ['Het eten was goed.', 'positive'],
    ['Het eten was niet goed.', 'negative'],
    ['Niet slecht voor die prijs.', 'positive'],
    ['Geen klagen, alles netjes geregeld.', 'positive'],
    ['Ik ben niet tevreden over de levering.', 'negative'],
    ['Dikke aanrader!', 'positive'],
    ['Nooit meer bestellen hier.', 'negative'],
    ['De app blijft crashen.', 'negative'],
    ['Pakket kapot aangekomen.', 'negative'],
    ['Al twee weken niks van gehoord.', 'negative'],
    ['Echt waar voor je geld.', 'positive'],
    ['De kamer viel tegen.', 'negative'],
    ['Kan beter.', 'negative'],
    ['Niets op aan te merken.', 'positive'],
    ['In één woord geweldig.', 'positive'],
    ['Nooit problemen gehad.', 'positive'],
    ['Geen reactie op mijn mail.', 'negative'],
    ['Niet te bereiken, ook niet via de chat.', 'negative'],
    ['De nieuwe versie is een stuk beter.', 'positive'],
    ['Verschrikkelijke service.', 'negative'],
    // "nooit zo" exclaims rather than negates; "niet alleen … maar ook" adds rather than contrasts.
    ['Nog nooit zo goed geholpen!', 'positive'],
    ["Nog nooit zo'n slechte service gehad.", 'negative'],
    ['Niet alleen snel maar ook vriendelijk.', 'positive'],
    // Praise that was hoped for, or fell short, is a complaint.
    ['Ik had gehoopt op een betere service.', 'negative'],
    ['De levering was niet snel genoeg.', 'negative'],
    // Emoji mean the same in Dutch.
    ['Bestelling ontvangen 👍', 'positive'],
    ['Bestelling ontvangen 😡', 'negative'],
    // Words whose machine translation carried another sense must stay neutral here.
    ['Het pakket is dinsdag bezorgd.', 'neutral'],
    ['Waar is mijn pakket?', 'neutral'],
    ['Ik vond de bestelling in de brievenbus.', 'neutral'],
    ['Ik ben alleen thuis op woensdag.', 'neutral'],
  ])('%s → %s', (text, label) => {
    expect(nl(text).label).toBe(label);
  });

  test.each([
    ['heel goed', 'goed'],
    ['zeer comfortabel', 'comfortabel'],
    ['ontzettend blij', 'blij'],
    ['dikke aanrader', 'aanrader'],
  ])('"%s" is more positive than "%s"', (strong, plain) => {
    expect(nl(`Het was ${strong}.`).score).toBeGreaterThan(nl(`Het was ${plain}.`).score);
  });

  test('a downtoner softens a complaint', () => {
    const soft = nl('De levering was een beetje traag.').score;
    const plain = nl('De levering was traag.').score;
    expect(soft).toBeLessThan(0);
    expect(soft).toBeGreaterThan(plain);
  });

  test.each<[string, SentimentLabel]>([
    // After "maar" the second clause decides.
    ['Het eten was lekker, maar de bediening was traag en onvriendelijk.', 'negative'],
    ['De bediening was traag, maar het eten was heerlijk en het personeel aardig.', 'positive'],
    // A concessive "hoewel" clause weighs less than the main clause.
    ['Hoewel de levering traag was, ben ik erg tevreden.', 'positive'],
    ['Ondanks de vriendelijke chauffeur ben ik ontevreden, het pakket was beschadigd.', 'negative'],
  ])('contrast: %s → %s', (text, label) => {
    expect(nl(text).label).toBe(label);
  });

  test('"niet goed" is weaker praise turned complaint than "slecht" is a complaint', () => {
    expect(nl('Niet goed.').score).toBeLessThan(0);
    expect(nl('Slecht.').score).toBeLessThan(nl('Niet goed.').score);
  });
});

describe('dutchPack', () => {
  // Emoticons such as ":-)" are single wink tokens, so only keys with letters are checked.
  test('keeps its keys as wink token sequences: lower case, no hyphens', () => {
    const keys = [...dutchPack.words.keys(), ...dutchPack.phrases.keys()].filter((k) => /\p{L}/u.test(k));
    expect(keys.length).toBeGreaterThan(1500);
    for (const key of keys) {
      expect(key).toBe(key.toLowerCase());
      expect(key).not.toMatch(/-|\s{2}|^\s|\s$/);
    }
  });

  // A key wink reads as other tokens ("geweld-gerelateerde" → three) could never match.
  test('every key with letters reads back from wink as exactly its own tokens', () => {
    const engine = getEngine();
    const keys = [...dutchPack.words.keys(), ...dutchPack.phrases.keys()].filter((k) => /\p{L}/u.test(k));
    const unmatched = keys.filter((key) => {
      const norms = tokenize(key, engine, 'nl').tokens.filter((t) => t.text.trim() !== '').map((t) => t.norm);
      return norms.join(' ') !== key;
    });
    expect(unmatched).toEqual([]);
  });

  test('single words are words and multi-word entries are phrases', () => {
    expect([...dutchPack.words.keys()].some((k) => k.includes(' '))).toBe(false);
    expect([...dutchPack.phrases.keys()].every((k) => k.includes(' '))).toBe(true);
  });

  test('valences stay on the AFINN scale', () => {
    for (const v of [...dutchPack.words.values(), ...dutchPack.phrases.values()]) {
      expect(Math.abs(v)).toBeLessThanOrEqual(5);
    }
  });

  test('fixes the machine translation where it was wrong', () => {
    expect(dutchPack.words.get('verschrikkelijk')).toBeLessThan(0);
    expect(dutchPack.words.has('bezorgd')).toBe(false);
    expect(dutchPack.words.has('zeer')).toBe(false);
    expect(dutchPack.intensifiers.get('zeer')).toBeGreaterThan(1);
    expect(dutchPack.contrastAfter.has('alleen')).toBe(true);
    expect(dutchPack.words.has('alleen')).toBe(false);
  });

  test('is big enough to be a lexicon, not a probe list', () => {
    expect(dutchPack.words.size).toBeGreaterThan(1500);
    expect(dutchPack.phrases.size).toBeGreaterThan(150);
  });
});

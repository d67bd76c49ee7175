import { describe, expect, test } from 'vitest';
import { fuzzyFilter, fuzzyMatch } from '../../../../lib/palette/fuzzy';
import { paletteCommands, type CommandId } from '../../../../lib/palette/commands';

const ranked = (query: string, lang: 'en' | 'nl') =>
  fuzzyFilter(query, [...paletteCommands], (c) => c.title[lang]).map((r) => r.item.id);

describe('fuzzyFilter over the palette commands', () => {
  test.each<[string, 'en' | 'nl', CommandId]>([
    // e-x at the start of "Export", d at the start of "drivers"; "Export comments CSV" has no d.
    ['exd', 'en', 'export-drivers'],
    ['cap all', 'en', 'capture-all-pages'],
    ['next fol', 'en', 'next-follow-up'],
    ['DASH', 'en', 'open-dashboard'],
    // A dropped letter still matches: d-a-s-h-b-o-r-d is in order in "dashboard".
    ['dashbord', 'en', 'open-dashboard'],
    // "exc": both exports match, the c at a word start ("comments") beats the C of "CSV" further on.
    ['exc', 'en', 'export-comments'],
    // A word-start match ("overlay") beats mid-word o…v elsewhere ("Export drivers").
    ['ov', 'en', 'toggle-overlay'],
    ['tag', 'en', 'tag-focused'],
    ['drivers exp', 'nl', 'export-drivers'],
    ['opm exp', 'nl', 'export-comments'],
    ['opvolg', 'nl', 'next-follow-up'],
    ['dashboard', 'nl', 'open-dashboard'],
  ])('%j (%s) ranks %s first', (query, lang, first) => {
    expect(ranked(query, lang)[0]).toBe(first);
  });

  test.each<[string, 'en' | 'nl', CommandId[]]>([
    ['exd', 'en', ['export-drivers', 'next-untagged']],
    ['exc', 'en', ['export-comments', 'export-drivers', 'next-untagged']],
    ['zzz', 'en', []],
    // Both Dutch exports end in "exporteren"; the shorter title wins the tie.
    ['export', 'nl', ['export-drivers', 'export-comments']],
  ])('%j (%s) lists exactly %j', (query, lang, ids) => {
    expect(ranked(query, lang)).toEqual(ids);
  });

  test.each(['', '   '])('an empty query %j keeps every command in the given order', (query) => {
    const out = fuzzyFilter(query, [...paletteCommands], (c) => c.title.en);
    expect(out.map((r) => r.item.id)).toEqual(paletteCommands.map((c) => c.id));
    expect(out.every((r) => r.match.positions.length === 0)).toBe(true);
  });

  test('equal scores keep the given order; a shorter candidate wins otherwise', () => {
    expect(fuzzyFilter('ab', ['ab x', 'ab y'], (s) => s).map((r) => r.item)).toEqual(['ab x', 'ab y']);
    expect(fuzzyFilter('ab', ['ab cdef', 'ab c'], (s) => s).map((r) => r.item)).toEqual(['ab c', 'ab cdef']);
  });
});

describe('fuzzyMatch', () => {
  test.each<[string, string, number[]]>([
    ['exd', 'Export drivers CSV', [0, 1, 7]],
    ['cap all', 'Capture all pages', [0, 1, 2, 8, 9, 10]],
    ['DASH', 'Open the dashboard', [9, 10, 11, 12]],
    ['next fol', 'Next open follow-up', [0, 1, 2, 3, 10, 11, 12]],
    ['drivers exp', 'Drivers-CSV exporteren', [0, 1, 2, 3, 4, 5, 6, 12, 13, 14]],
    // A space in the query starts a new word: "exp" is the start of "exporteren", not the e of "Opmerkingen".
    ['opm exp', 'Opmerkingen-CSV exporteren', [0, 1, 2, 16, 17, 18]],
    // Without a space, a run continues where it can.
    ['opme', 'Opmerkingen-CSV exporteren', [0, 1, 2, 3]],
    // Accents and case are ignored both ways.
    ['cafe', 'Café', [0, 1, 2, 3]],
    ['CAFÉ', 'cafe', [0, 1, 2, 3]],
    ['verzamelen', "Alle pagina's verzamelen", [14, 15, 16, 17, 18, 19, 20, 21, 22, 23]],
    // A decomposed accent (e + U+0301) takes two code units: positions still point into the original.
    ['au', 'Cafe\u0301 au lait', [6, 7]],
    // Jumping to a later word start must not lose a match that exists: S-t-a-f-f has s, a, f.
    ['saf', 'Staff attitude', [0, 2, 3]],
    ['cpt', 'Capture this page', [0, 2, 3]],
  ])('%j in %j matches at %j', (query, candidate, positions) => {
    const m = fuzzyMatch(query, candidate);
    expect(m?.positions).toEqual(positions);
    // The highlighted characters spell the query (spaces aside), accents and case folded.
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    expect(fold(positions.map((i) => candidate[i]).join(''))).toBe(fold(query.replace(/\s/g, '')));
  });

  test.each<[string, string]>([
    ['xyz', 'Export drivers CSV'],
    // Not a subsequence: after "exporte" the title has r-e-n, the query needs e-r.
    ['exporteer', 'Drivers-CSV exporteren'],
    ['dashboards', 'Open the dashboard'],
    // Order matters.
    ['dxe', 'Export drivers CSV'],
  ])('%j does not match %j', (query, candidate) => {
    expect(fuzzyMatch(query, candidate)).toBeNull();
  });

  test('text whose folding changes its length (Hangul) matches without throwing', () => {
    expect(fuzzyMatch('한', '한국 리뷰')?.positions).toEqual([0]);
    expect(fuzzyMatch('리', '한국 리뷰')?.positions).toEqual([3]);
  });

  test('a word-start match scores above the same letters mid-word', () => {
    const start = fuzzyMatch('dr', 'Export drivers')!.score;
    const middle = fuzzyMatch('dr', 'Exportdrivers')!.score;
    expect(start).toBeGreaterThan(middle);
  });
});

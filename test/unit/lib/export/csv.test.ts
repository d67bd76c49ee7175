import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { csvCell, delimiterForLocale, toCsv, type CsvCell } from '../../../../lib/export/csv';

describe('toCsv', () => {
  test('starts with a UTF-8 BOM and ends every row with CRLF', () => {
    expect(toCsv([['a', 'b'], ['c', 'd']], { delimiter: ',' })).toBe('\uFEFFa,b\r\nc,d\r\n');
    expect(toCsv([['a', 'b']], { delimiter: ';' })).toBe('\uFEFFa;b\r\n');
  });

  test.each<[CsvCell, ',' | ';', string]>([
    ['plain', ',', 'plain'],
    ['a,b', ',', '"a,b"'],
    ['a,b', ';', 'a,b'],
    ['a;b', ';', '"a;b"'],
    ['a;b', ',', 'a;b'],
    ['say "hi"', ',', '"say ""hi"""'],
    ['line1\nline2', ',', '"line1\nline2"'],
    ['line1\r\nline2', ';', '"line1\r\nline2"'],
    ['café – ünïcode', ',', 'café – ünïcode'],
    ['', ',', ''],
    [null, ',', ''],
    [undefined, ';', ''],
    [true, ',', 'true'],
    [Number.NaN, ',', ''],
  ])('%j with %s → %j', (value, delimiter, out) => {
    expect(csvCell(value, delimiter)).toBe(out);
  });
});

describe('formula neutralisation', () => {
  test.each<[CsvCell, ',' | ';', string]>([
    ['=SUM(1)', ',', "'=SUM(1)"],
    ['+1', ',', "'+1"],
    ['-cmd', ',', "'-cmd"],
    ['@x', ',', "'@x"],
    ['\tx', ',', "'\tx"],
    // The carriage return also needs quoting.
    ['\rx', ',', '"\'\rx"'],
    ['=1,2', ',', '"\'=1,2"'],
    ['=HYPERLINK("http://x")', ';', '"\'=HYPERLINK(""http://x"")"'],
    // Text that merely looks like a number is still text that could start a formula.
    ['-12', ',', "'-12"],
    ['\uFF1D1+1', ',', "'\uFF1D1+1"],
    ['a=b', ',', 'a=b'],
    // Numbers stay numbers: '.' in ',' mode, a decimal comma in ';' mode (Dutch Excel).
    [-12, ',', '-12'],
    [-12, ';', '-12'],
    [-0.5, ',', '-0.5'],
    [-0.5, ';', '-0,5'],
    [1234.25, ';', '1234,25'],
  ])('%j with %s → %j', (value, delimiter, out) => {
    expect(csvCell(value, delimiter)).toBe(out);
  });
});

describe('delimiterForLocale', () => {
  test.each([
    ['nl', ';'],
    ['nl-NL', ';'],
    ['nl_BE', ';'],
    ['de-DE', ';'],
    ['fr', ';'],
    ['es-ES', ';'],
    ['it', ';'],
    ['en', ','],
    ['en-US', ','],
    ['en-GB', ','],
    ['ja', ','],
    // Swiss German writes 1.5: no clash with ','.
    ['de-CH', ','],
    ['not a locale!', ','],
  ])('%s → %s', (locale, delimiter) => {
    expect(delimiterForLocale(locale)).toBe(delimiter);
  });
});

describe('round trip through papaparse', () => {
  const nasty = ['plain', 'a,b;c', 'say "hi"', 'multi\r\nline\nend', '  spaced  ', 'ëüï €'];

  test.each([[','], [';']] as const)('text cells come back unchanged with %s', (delimiter) => {
    const rows = [nasty, [...nasty].reverse()];
    const parsed = Papa.parse<string[]>(toCsv(rows, { delimiter }), { delimiter, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual(rows);
  });

  test('neutralised cells come back with the leading quote, numbers as numbers', () => {
    const rows: CsvCell[][] = [['=SUM(1)', '-cmd', '@x', -12, -0.5, 3]];
    const comma = Papa.parse<string[]>(toCsv(rows, { delimiter: ',' }), { delimiter: ',', skipEmptyLines: true, dynamicTyping: true });
    expect(comma.data).toEqual([["'=SUM(1)", "'-cmd", "'@x", -12, -0.5, 3]]);
    const semi = Papa.parse<string[]>(toCsv(rows, { delimiter: ';' }), { delimiter: ';', skipEmptyLines: true });
    expect(semi.data).toEqual([["'=SUM(1)", "'-cmd", "'@x", '-12', '-0,5', '3']]);
  });
});

import { describe, expect, test } from 'vitest';
import { importCsv } from '../../../../lib/capture/csv/index';
import { InputError } from '../../../../lib/errors';

const enc = new TextEncoder();
const NPS = 'id,How likely are you to recommend us?,Comment\n1,9,Great support\n2,3,Too slow\n';

function utf16be(s: string): Uint8Array {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return new Uint8Array(le);
}

describe('encodings', () => {
  const text = 'comment,score\nCafé très bien,9\nÜber gut,10\n';
  test.each([
    ['utf-8', enc.encode(text), 'utf-8'],
    ['utf-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(text)]), 'utf-8-bom'],
    ['utf-16le with BOM', new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le')), 'utf-16le'],
    ['utf-16be with BOM', utf16be(`\ufeff${text}`), 'utf-16be'],
    ['latin-1 / windows-1252', new Uint8Array(Buffer.from(text, 'latin1')), 'windows-1252'],
    ['a string', text, 'text'],
    ['a string with a BOM', `\ufeff${text}`, 'text'],
  ])('%s: accents survive and the BOM is not part of the first header', (_name, input, encoding) => {
    const r = importCsv(input);
    expect(r.encoding).toBe(encoding);
    expect(r.columns.text).toBe('comment');
    expect(r.comments.map((c) => c.text)).toEqual(['Café très bien', 'Über gut']);
  });
});

describe('user errors', () => {
  test.each([
    ['an empty file', '', {}, 'survey.csv is empty'],
    ['only blank lines', ' \n\n', {}, 'survey.csv is empty'],
    ['only a header', 'comment,score\n', {}, 'survey.csv has a header but no rows'],
    ['a header and blank rows', 'comment,score\n,\n\n', {}, 'survey.csv has a header but no rows'],
    ['only numbers', 'a,b,c\n1,2,3\n4,5,6\n', {}, 'survey.csv has no text column (columns: a, b, c); use --text-column'],
    ['an unknown --text-column', NPS, { textColumn: 'Feedback' }, 'survey.csv has no column "Feedback" for --text-column (columns: id, How likely are you to recommend us?, Comment)'],
    ['an unknown --score-column', NPS, { scoreColumn: 'NPS' }, 'survey.csv has no column "NPS" for --score-column (columns: id, How likely are you to recommend us?, Comment)'],
  ])('%s', (_name, input, opts, message) => {
    const run = () => importCsv(input, { fileName: 'survey.csv', ...opts });
    expect(run).toThrow(InputError);
    expect(run).toThrow(message);
  });

  test('NUL bytes without a UTF-16 BOM: a binary file', () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]);
    expect(() => importCsv(bytes, { fileName: 'survey.xlsx' })).toThrow('survey.xlsx looks like a binary file, not a CSV');
  });

  test('without a file name the message still says what is wrong', () => {
    expect(() => importCsv('')).toThrow('The CSV file is empty');
  });
});

describe('delimiters and quoting', () => {
  test.each([
    ['comma', 'comment,score\n"Good, fast",9\nSlow,4\n', ','],
    ['semicolon with decimal commas', 'opmerking;cijfer\nGoed, snel;8,5\nTraag, duur;4,0\nPrima;7\n', ';'],
    ['tab', 'comment\tscore\nGood, fast; cheap\t9\nSlow\t4\n', '\t'],
    ['comma, cells full of semicolons', 'comment,score\n"a; b; c",9\n"d; e",4\n', ','],
    ['semicolon, quoted newlines and commas', 'text;score\n"line one,\nline two, three";9\n"x, y";4\n', ';'],
  ])('%s', (_name, csv, delimiter) => {
    const r = importCsv(csv);
    expect(r.delimiter).toBe(delimiter);
    expect(r.comments).toHaveLength(2 + (csv.includes('Prima') ? 1 : 0));
  });

  test('a single-column file keeps the commas and semicolons in its comments', () => {
    const r = importCsv('comment\nGood, fast; cheap\nSlow\nOk, I guess\n');
    expect(r.comments.map((c) => c.text)).toEqual(['Good, fast; cheap', 'Slow', 'Ok, I guess']);
  });

  test('a .tsv file is read as tab-separated even when commas look as regular', () => {
    const r = importCsv('comment\tscore\nfast, cheap\t9\nslow, dear\t4\n', { fileName: 'x.tsv' });
    expect(r.delimiter).toBe('\t');
    expect(r.comments.map((c) => c.text)).toEqual(['fast, cheap', 'slow, dear']);
  });

  test('quoted cells keep their delimiters, doubled quotes and newlines', () => {
    const r = importCsv('id,feedback,score\n1,"Line one\nline two, with a comma",9\n2,"He said ""wow""",10\n');
    expect(r.comments.map((c) => c.text)).toEqual(['Line one line two, with a comma', 'He said "wow"']);
    expect(r.comments.map((c) => c.externalId)).toEqual(['1', '2']);
  });

  test('header names are trimmed; CRLF line ends are fine', () => {
    const r = importCsv('  Comment  , Score \r\nFine,8\r\n');
    expect(r.columns).toMatchObject({ text: 'Comment', score: 'Score' });
    expect(r.comments[0].rating).toEqual({ value: 8, min: 0, max: 10 });
  });
});

describe('missing values and rows', () => {
  test.each([[''], ['NA'], ['N/A'], ['null'], ['-'], ['n/a'], ['NULL']])('score %j is missing: the row is unrated', (missing) => {
    const r = importCsv(`comment,score\nStill a comment,${missing}\n`);
    expect(r.comments).toEqual([expect.objectContaining({ text: 'Still a comment', rating: null })]);
    expect(r.warnings).toEqual([]);
  });

  test('a score without a comment counts for NPS; a row with neither is skipped and counted', () => {
    const r = importCsv('comment,score\n,9\nNA,NA\n-,\nGood,8\n');
    expect(r.comments.map((c) => [c.text, c.rating?.value])).toEqual([['', 9], ['Good', 8]]);
    expect(r.warnings).toEqual(['2 rows without a comment or a score were skipped']);
  });

  test('a file with a text column and no score column is valid: all unrated, with a warning', () => {
    const r = importCsv('feedback,date\nLove it,2024-03-05\nMeh,2024-03-06\n');
    expect(r.scale).toBeNull();
    expect(r.columns.score).toBeNull();
    expect(r.comments.map((c) => [c.text, c.rating, c.date])).toEqual([['Love it', null, '2024-03-05'], ['Meh', null, '2024-03-06']]);
    expect(r.warnings).toEqual(['No score column found: every comment is unrated']);
  });

  test('rows shorter than the header are read as far as they go', () => {
    const r = importCsv('comment,score,extra\nShort row,7\n');
    expect(r.comments[0]).toMatchObject({ text: 'Short row', rating: { value: 7 } });
  });
});

describe('scores', () => {
  test.each([
    ['How likely are you to recommend us?', ['9', '4'], { min: 0, max: 10 }],
    ['NPS', ['3', '5'], { min: 0, max: 10 }],
    ['Hoe waarschijnlijk is het dat u ons aanbeveelt?', ['2', '4'], { min: 0, max: 10 }],
    ['Score', ['0', '3'], { min: 0, max: 10 }],
    ['Score', ['7', '3'], { min: 0, max: 10 }],
    ['Score', ['4', '3'], { min: 0, max: 10 }],
    ['Rating', ['4', '3'], { min: 1, max: 5 }],
    ['Stars', ['5', '1'], { min: 1, max: 5 }],
    ['Sterren', ['5', '2'], { min: 1, max: 5 }],
    ['Rating', ['8', '3'], { min: 0, max: 10 }],
    ['Customer Effort Score (CES)', ['6', '2'], { min: 1, max: 7 }],
    ['Effort', ['9', '2'], { min: 0, max: 10 }],
    ['Satisfaction (1-5)', ['4', '2'], { min: 1, max: 5 }],
    ['Cijfer (1 tot 10)', ['8', '6'], { min: 1, max: 10 }],
  ])('%s with values %j → scale %j', (header, values, scale) => {
    const r = importCsv(`comment,${header}\n${values.map((v, i) => `text ${i},${v}`).join('\n')}\n`);
    expect(r.columns.score).toBe(header);
    expect(r.scale).toEqual(scale);
    expect(r.comments[0].rating).toEqual({ value: Number(values[0]), ...scale });
  });

  test.each([
    ['9 - Extremely likely', 9],
    ['0 - Not at all likely', 0],
    ['10 (zeer waarschijnlijk)', 10],
    ['7,5', 7.5],
  ])('score cell %j reads as %d', (cell, value) => {
    const r = importCsv(`comment,NPS\nx,"${cell}"\ny,8\n`);
    expect(r.comments[0].rating?.value).toBe(value);
  });

  test('out-of-range and unreadable scores are unrated, with a count', () => {
    const r = importCsv('comment,NPS\na,11\nb,-1\nc,9\nd,Extremely likely\ne,8\nf,7\ng,6\nh,5\n');
    expect(r.comments.map((c) => c.rating?.value ?? null)).toEqual([null, null, 9, null, 8, 7, 6, 5]);
    expect(r.warnings).toEqual([
      '1 score could not be read as a number and was left unrated',
      '2 scores were outside the 0–10 scale and left unrated',
    ]);
  });

  test('--score-column picks a column the headers do not name', () => {
    const r = importCsv('comment,Q7\nGood,9\nBad,2\n', { scoreColumn: 'q7' });
    expect(r.columns.score).toBe('Q7');
    expect(r.comments[1].rating).toEqual({ value: 2, min: 0, max: 10 });
  });

  test('"the reason for your score" is the comment, not the score', () => {
    const r = importCsv('Score,What is the main reason for your score?\n9,Friendly staff\n');
    expect(r.columns).toMatchObject({ score: 'Score', text: 'What is the main reason for your score?' });
  });
});

describe('columns', () => {
  test('with no telling header the comment is the column with the longest free text', () => {
    const csv = [
      'Q1,Q2,Q3,Q4,Q5',
      '9,Yes,"The onboarding call was really helpful, thanks",https://example.com/a/very/long/path/that/is/not/a/comment,2024-03-05 10:00:00',
      '4,No,"Checkout kept failing on my phone",https://example.com/another/very/long/path/that/is/not/a/comment,2024-03-06 10:00:00',
    ].join('\n');
    expect(importCsv(csv).columns.text).toBe('Q3');
  });

  test('--text-column overrides the detection, case-insensitively', () => {
    const r = importCsv('comment,other notes,score\nlong main comment here,short,9\n', { textColumn: 'OTHER NOTES' });
    expect(r.columns.text).toBe('other notes');
    expect(r.comments[0].text).toBe('short');
  });

  test.each([
    ['Name', 'Ann', 'Ann'],
    ['Naam', 'Joost', 'Joost'],
    ['Nom', 'Amélie', 'Amélie'],
    ['Email', 'ann@example.com', null],
    ['E-mail address', 'ann@example.com', null],
  ])('a %s column gives author %j', (header, value, author) => {
    const r = importCsv(`Comment,${header}\nFine,${value}\n`);
    expect(r.comments[0].author).toBe(author);
  });

  test.each([
    ['Response ID', 'R_1'],
    ['respondent_id', '77'],
    ['id', 'x9'],
  ])('an id column %j gives the external id', (header, value) => {
    expect(importCsv(`${header},comment\n${value},Fine\n`).comments[0].externalId).toBe(value);
  });

  test('a title column is read separately from the review text', () => {
    const r = importCsv('Review title,Review,Rating\nGreat stay,The staff were lovely,5\n');
    expect(r.columns).toMatchObject({ title: 'Review title', text: 'Review', score: 'Rating' });
    expect(r.comments[0]).toMatchObject({ title: 'Great stay', text: 'The staff were lovely', rating: { value: 5, min: 1, max: 5 } });
  });

  test.each([
    ['date', ['05/03/2024', '25/03/2024'], ',', ['2024-03-05', '2024-03-25']],
    ['date', ['05/03/2024', '03/25/2024'], ',', ['2024-05-03', '2024-03-25']],
    ['date', ['05/03/2024', '06/03/2024'], ',', ['2024-05-03', '2024-06-03']],
    ['datum', ['05/03/2024', '06/03/2024'], ';', ['2024-03-05', '2024-03-06']],
    ['datum', ['5-3-2024 14:22:01', '6-3-2024 09:00:00'], ',', ['2024-03-05T14:22:01', '2024-03-06T09:00:00']],
    ['fecha', ['5 maart 2024', '2024-03-06T10:00:00Z'], ',', ['2024-03-05', '2024-03-06T10:00:00.000Z']],
  ])('dates in a %s column %j (delimiter %j) → %j', (header, cells, delimiter, iso) => {
    const csv = [`comment${delimiter}${header}`, ...cells.map((c, i) => `text ${i}${delimiter}${c}`)].join('\n');
    expect(importCsv(csv).comments.map((c) => c.date)).toEqual(iso);
  });

  test('an unreadable date is left empty, with a count', () => {
    const r = importCsv('comment,date\na,2024-03-05\nb,2024-03-06\nc,yesterday\n');
    expect(r.comments.map((c) => c.date)).toEqual(['2024-03-05', '2024-03-06', null]);
    expect(r.warnings).toContain('1 date could not be read and was left empty');
  });

  test('site and url: csv, and file:<name> when the name is known', () => {
    expect(importCsv('comment\nx\n', { fileName: 'nps.csv' }).comments[0]).toMatchObject({ site: 'csv', url: 'file:nps.csv' });
    expect(importCsv('comment\nx\n').comments[0].url).toBe('');
  });
});

describe('score column choice', () => {
  test('an empty "reason for your score" column does not take the score role from a filled one', () => {
    const r = importCsv('Reason for your score,Score,Comment\n,9,Nice\n,4,Slow\n');
    expect(r.columns).toMatchObject({ score: 'Score', text: 'Comment' });
    expect(r.comments.map((c) => c.rating?.value)).toEqual([9, 4]);
  });
});

describe('damaged files', () => {
  test('a file of empty cells is empty', () => {
    expect(() => importCsv(',,,\n,,,\n', { fileName: 'blank.csv' })).toThrow('blank.csv is empty');
  });

  test('an unclosed quote is reported rather than silently swallowing rows', () => {
    const r = importCsv('comment,score\n"Never closed,9\nNext,4\n');
    expect(r.warnings[0]).toMatch(/^An opening quote is never closed \(row \d+\)/);
  });
});

describe('headers in our users\' languages', () => {
  test.each([
    ['Opmerkingen', 'Cijfer', 'Datum', 'Naam'],
    ['Toelichting', 'Punten', 'Datum', 'Naam'],
    ['Commentaar', 'Score (0-10)', 'Ingediend op', 'Naam'],
    ['Commentaire', 'Note', 'Date de réponse', 'Nom'],
    ['Explication', 'Note', 'Horodatage', 'Nom'],
    ['Kommentar', 'Punkte', 'Datum', 'Name'],
    ['Comentario', 'Puntuación', 'Fecha', 'Nombre'],
    ['Antwoord', 'NPS', 'Timestamp', 'Respondent'],
    ['Waarom geeft u dit cijfer?', 'Hoe waarschijnlijk is het dat u ons aanbeveelt?', 'Tijdstempel', 'Auteur'],
    ['Why?', 'Stars', 'Submitted', 'Author'],
  ])('text %j, score %j, date %j, author %j', (text, score, date, author) => {
    // Columns deliberately out of the usual order, with a distracting free-text column.
    const csv = [
      [author, 'Device', score, date, text].map((h) => `"${h}"`).join(','),
      'Anna,desktop,4,2024-03-05,"Helpful people, quick answers"',
      'Ben,mobile,2,2024-03-06,"The app logs me out every day"',
    ].join('\n');
    const r = importCsv(csv);
    expect(r.columns).toMatchObject({ text, score, date, author });
    expect(r.comments[0]).toMatchObject({ author: 'Anna', date: '2024-03-05', text: 'Helpful people, quick answers' });
    expect(r.comments[0].rating?.value).toBe(4);
  });
});

describe('spreadsheet quirks', () => {
  test('Excel\'s "sep=;" first line names the delimiter and is not the header', () => {
    const r = importCsv('sep=;\r\ncomment;score\r\nGood, fast;9\r\n');
    expect(r.delimiter).toBe(';');
    expect(r.columns.text).toBe('comment');
    expect(r.comments[0].text).toBe('Good, fast');
  });

  test('a file whose only prose column is headed "Summary" uses it as the comment', () => {
    const r = importCsv('Summary,Rating\nLovely hotel by the sea,5\n');
    expect(r.columns).toMatchObject({ text: 'Summary', title: null });
  });
});

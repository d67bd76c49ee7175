import { InputError } from '../../errors';

export interface Decoded {
  text: string;
  /** 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252', or 'text' for a string input. */
  encoding: string;
}

// Windows-1252's 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ); the five
// unassigned bytes keep their C1 code points.
const CP1252_HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * Some Node versions decode 'windows-1252' as ISO-8859-1, leaving C1 control characters
 * where € and curly quotes should be; browsers do not. Mapping them again is a no-op there.
 */
function fixC1(text: string): string {
  return text.replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/**
 * Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252.
 * Older French, Dutch and German tools write Windows-1252, and their accents must survive;
 * a strict UTF-8 decode fails on them, which is how they are told apart.
 */
export function decodeCsv(input: Uint8Array | string, label: string): Decoded {
  if (typeof input === 'string') return { text: input.replace(/^\uFEFF/, ''), encoding: 'text' };
  const b = input;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(b.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (b[0] === 0xff && b[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(b.subarray(2)), encoding: 'utf-16le' };
  if (b[0] === 0xfe && b[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(b.subarray(2)), encoding: 'utf-16be' };
  if (b.includes(0)) throw new InputError(`${label} looks like a binary file, not a CSV`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(b), encoding: 'utf-8' };
  } catch {
    return { text: fixC1(new TextDecoder('windows-1252').decode(b)), encoding: 'windows-1252' };
  }
}

/**
 * VS Code-style fuzzy matching: every query character must appear in order; matches at
 * word starts and consecutive runs score higher, so "exd" finds "Export drivers CSV" above
 * "Next untagged comment". Case- and accent-insensitive.
 */
export interface FuzzyMatch {
  score: number;
  /** Indexes (UTF-16, as `candidate[i]`) of the matched characters, for highlighting. */
  positions: number[];
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The folded candidate with, for each folded character, the index of the character of the
 * original it came from. Folding changes lengths (a decomposed "é" loses its mark, Hangul
 * splits into jamo), so scoring and highlighting must not use folded indexes on the original.
 */
function foldWithOrigins(s: string): { text: string; origin: number[] } {
  let text = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of s) {
    const f = fold(ch);
    text += f;
    for (let k = 0; k < f.length; k++) origin.push(i);
    i += ch.length;
  }
  return { text, origin };
}

function isWordStart(text: string, i: number): boolean {
  if (i === 0) return true;
  const prev = text[i - 1]!;
  return /[\s\-_/.:()]/.test(prev) || (prev === prev.toLowerCase() && text[i] !== text[i]!.toLowerCase());
}

/** True when `q` from `qi` on still occurs in order in `c` from `from` on. */
function canFinish(q: string, qi: number, c: string, from: number): boolean {
  let at = from;
  for (let k = qi; k < q.length; k++) {
    if (q[k] === ' ') continue;
    at = c.indexOf(q[k]!, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

export function fuzzyMatch(query: string, candidate: string): FuzzyMatch | null {
  const q = fold(query.trim());
  if (!q) return { score: 0, positions: [] };
  const { text: c, origin } = foldWithOrigins(candidate);
  // A word starts at the first folded character of an original character that starts a word.
  const wordStart = (i: number) => (i === 0 || origin[i - 1] !== origin[i]) && isWordStart(candidate, origin[i]!);
  const positions: number[] = [];
  let score = 0;
  let from = 0;
  let prev = -2;
  let afterSpace = false;
  for (let qi = 0; qi < q.length; qi++) {
    const ch = q[qi]!;
    if (ch === ' ') {
      afterSpace = true;
      continue;
    }
    // Prefer the next word start holding the character (after a space in the query, only a word
    // start: "opm exp" is "Opm… exp…", not "Opme… xp…"), unless jumping there leaves the rest
    // of the query unmatched ("saf" in "Staff attitude"); else its next occurrence.
    let at = -1;
    for (let i = from; i < c.length; i++) {
      if (c[i] === ch && (wordStart(i) || (i === prev + 1 && !afterSpace))) {
        if (canFinish(q, qi + 1, c, i + 1)) at = i;
        break;
      }
    }
    if (at < 0) at = c.indexOf(ch, from);
    if (at < 0) return null;
    score += 1;
    if (at === prev + 1) score += 5;
    if (wordStart(at)) score += 8;
    if (at === 0) score += 4;
    score -= Math.min(at - from, 10) * 0.5;
    if (positions[positions.length - 1] !== origin[at]) positions.push(origin[at]!);
    prev = at;
    from = at + 1;
    afterSpace = false;
  }
  // Shorter candidates win ties: the query covers more of them.
  score -= c.length * 0.05;
  return { score, positions };
}

/** Candidates that match, best first; an empty query keeps the given order. */
export function fuzzyFilter<T>(query: string, items: T[], text: (item: T) => string): { item: T; match: FuzzyMatch }[] {
  const out: { item: T; match: FuzzyMatch; index: number }[] = [];
  items.forEach((item, index) => {
    const match = fuzzyMatch(query, text(item));
    if (match) out.push({ item, match, index });
  });
  if (query.trim()) out.sort((a, b) => b.match.score - a.match.score || a.index - b.index);
  return out.map(({ item, match }) => ({ item, match }));
}

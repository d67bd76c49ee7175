import type { Token, TokenView } from '../token-view';
import { dutchStem } from '../taxonomy/dutch-stem';
import { englishSingular } from '../taxonomy/english-key';
import { fold } from '../taxonomy/keys';

/** One candidate phrase found in a comment: its merge key, how it was written, its tokens. */
export interface PhraseOccurrence {
  key: string;
  surface: string;
  tokens: Token[];
}

/** Nouns too general to name a theme. */
const STOP_NOUNS = new Set([
  'thing', 'stuff', 'lot', 'bit', 'way', 'kind', 'sort', 'one', 'something', 'anything', 'everything',
  'nothing', 'someone', 'anyone', 'everyone', 'nobody', 'somebody', 'lol', 'ok', 'okay', 'etc', 'yes', 'no',
]);

/** Dutch has no POS from the English model: these function words never start or end a candidate. */
const NL_STOP = new Set(
  ('aan al alle alles als andere ben bij daar dan dat de deze die dit doen door een eens en er erg ge geen geweest '
    + 'had heb hebben heeft hem het hier hij hoe hun ik in is ja je jullie kan kon kunnen maar me meer men met mij '
    + 'mijn moet na naar niet niets nog nu of om omdat ons onze ook op over reeds te tegen toch toen tot u uit uw '
    + 'van veel voor waren was wat we wel werd wie wij wil worden wordt zal ze zelf zich zij zijn zo zonder zou '
    + 'heel echt gewoon goed slecht super prima mooi leuk fijn snel keer dag gaat gaan ging kreeg krijgen komt')
    .split(' '),
);

const MAX_NOUNS = 3;
const MAX_ADJS = 2;

function isWord(t: Token): boolean {
  return /^\p{L}[\p{L}'’]*$/u.test(t.text) && t.text.length > 1;
}

function isJoiner(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t.text === '-' && i > 0 && i + 1 < tokens.length && tokens[i - 1].end === t.start && tokens[i + 1].start === t.end;
}

function englishWordKey(t: Token): string {
  return englishSingular(fold(t.lemma));
}

function occurrence(words: Token[], keyOf: (t: Token) => string): PhraseOccurrence {
  return { key: words.map(keyOf).join(' '), surface: words.map((w) => fold(w.text)).join(' '), tokens: words };
}

/**
 * wink tags a capitalised sentence-initial word as PROPN ("Delivery driver never came."):
 * read it as an adjective before a noun, else as a noun. Other proper nouns (names) are skipped.
 */
function posOf(tokens: Token[], i: number): string {
  const t = tokens[i];
  if (t.pos !== 'PROPN' || (i > 0 && tokens[i - 1].sentence === t.sentence)) return t.pos;
  return tokens[i + 1]?.pos === 'NOUN' && tokens[i + 1].sentence === t.sentence ? 'ADJ' : 'NOUN';
}

/** Noun phrases by POS: ADJ* NOUN+ ("slow customer service"), its noun compound, and each noun. */
function englishCandidates(view: TokenView): PhraseOccurrence[] {
  const { tokens } = view;
  const out: PhraseOccurrence[] = [];
  let i = 0;
  while (i < tokens.length) {
    const adjs: Token[] = [];
    let j = i;
    while (j < tokens.length && posOf(tokens, j) === 'ADJ' && isWord(tokens[j])) adjs.push(tokens[j++]);
    const nouns: Token[] = [];
    while (j < tokens.length && (posOf(tokens, j) === 'NOUN' || isJoiner(tokens, j)) && tokens[j].sentence === tokens[i].sentence) {
      if (!isJoiner(tokens, j)) {
        if (!isWord(tokens[j]) || STOP_NOUNS.has(englishWordKey(tokens[j]))) break;
        nouns.push(tokens[j]);
      }
      j += 1;
    }
    if (nouns.length === 0) {
      i = Math.max(j, i + 1);
      continue;
    }
    const head = nouns.slice(-MAX_NOUNS);
    out.push(occurrence(head, englishWordKey));
    if (adjs.length > 0) out.push(occurrence([...adjs.slice(-MAX_ADJS), ...head], englishWordKey));
    if (head.length > 1) for (const n of head) out.push(occurrence([n], englishWordKey));
    i = j;
  }
  return out;
}

/** Without POS (Dutch): content words and pairs of adjacent content words. */
function plainCandidates(view: TokenView): PhraseOccurrence[] {
  const { tokens } = view;
  const keyOf = (t: Token) => dutchStem(fold(t.norm));
  const content = (t: Token | undefined) => t !== undefined && isWord(t) && t.text.length > 3 && !NL_STOP.has(fold(t.norm));
  const out: PhraseOccurrence[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (!content(tokens[i])) continue;
    out.push(occurrence([tokens[i]], keyOf));
    const next = tokens[i + 1];
    if (content(next) && next.sentence === tokens[i].sentence) out.push(occurrence([tokens[i], next], keyOf));
  }
  return out;
}

/** Candidate phrases of one comment; a view without POS tags (Dutch) uses content words. */
export function phraseCandidates(view: TokenView): PhraseOccurrence[] {
  const tagged = view.tokens.some((t) => t.pos !== 'X');
  return tagged ? englishCandidates(view) : plainCandidates(view);
}

import type { Item } from './items';
import type { LexiconPack } from './pack';

/** VADER's constants, kept on AFINN's scale. */
const CAPS_BOOST = 0.733;
/** A negated opinion flips and weakens ("not good" −); a negated complaint becomes mild praise ("not bad" +, weaker). */
const NEGATED_POSITIVE = -0.74;
const NEGATED_NEGATIVE = -0.5;
/** How many items back a negator or irrealis marker reaches. */
const REACH = 4;
/** Praise after "expected", "should have", "hoping for" names what was missing: a mild complaint. */
const IRREALIS_POSITIVE = -0.4;
/**
 * In a yes/no question praise is hypothetical ("is it any good?"); complaints still count
 * ("does it keep crashing?"). Open questions are often rhetorical ("how good is this?!",
 * "why is it so slow?"), so they are dampened less.
 */
const QUESTION_POSITIVE = 0.05;
const QUESTION_NEGATIVE = 0.6;
const OPEN_QUESTION_POSITIVE = 0.5;
const OPEN_QUESTION_NEGATIVE = 0.8;
/** "too" + a neutral adjective ("too small"), or "not … enough", is a complaint of this strength. */
const SHORTFALL_VALENCE = -1.5;

/** 0: not in a question. */
export type Question = 0 | 'yes-no' | 'open';

export interface ValenceContext {
  pack: LexiconPack;
  /** The comment mixes case, so an all-caps word is shouting. */
  shouting: boolean;
  /** Per item: 0 outside questions, else the clause a "?" closes (yes/no or open). */
  question: Question[];
}

const isCaps = (text: string) => text.length > 1 && text === text.toUpperCase() && text !== text.toLowerCase();
/** Marks that end a negation's reach; quotes, asterisks and the like ("*not* romantic") do not. */
const SCOPE_BREAKS = new Set([',', ';', ':', '.', '!', '?', '(', ')', '-', '–', '—', '...', '…', '/']);
const isBoundary = (item: Item) =>
  (item.kind === 'punct' && SCOPE_BREAKS.has(item.token.text)) || item.kind === 'after' || item.kind === 'before';
const isModifier = (item: Item | undefined) => item?.kind === 'mod' || item?.kind === 'excess';
/** "no delays or problems": the negation carries across a coordinated list. */
const COORDINATORS = new Set(['or', 'nor']);
/** "never been so happy", "never had such good service": an exclamation, not a negation. */
const NEVER_EXCLAIMS = new Set(['so', 'such', 'this', 'more', 'better']);

interface Base {
  base: number[];
  /** Set by a rule that already decided the polarity: no modifier or negation applies. */
  fixed: boolean[];
}

/**
 * Emoticons and emoji (":-)", "<3", "😡") show the writer's mood: "nope :-)" and "not bad :)"
 * are cheerful, so negation and "expected …" do not reach them. They open with a symbol.
 */
function isEmoticon(it: Item): boolean {
  return it.kind === 'word' && !/^[\p{L}\p{N}]/u.test(it.token.text);
}

function adjective(it: Item): boolean {
  return it.token.pos === 'ADJ' || it.token.pos === 'ADV';
}

/** Walks back from item k within its scope; returns the first item index whose kind is wanted. */
function findBack(items: Item[], base: number[], k: number, wanted: (it: Item) => boolean): number {
  for (let j = k - 1, steps = 0; j >= 0 && steps < REACH; j -= 1, steps += 1) {
    if (isBoundary(items[j]) || base[j] !== 0) return -1;
    if (wanted(items[j])) return j;
  }
  return -1;
}

function baseValences(items: Item[], pack: LexiconPack): Base {
  const n = items.length;
  const base = new Array<number>(n);
  const fixed = new Array<boolean>(n).fill(false);
  for (let k = 0; k < n; k += 1) {
    const it = items[k];
    base[k] = it.kind === 'word' || it.kind === 'phrase' || it.kind === 'after' ? it.value : 0;
  }
  for (let k = 0; k < n; k += 1) {
    if (items[k].kind !== 'excess') continue;
    const j = isModifier(items[k + 1]) ? k + 2 : k + 1;
    const target = items[j];
    if (!target) continue;
    if (((target.kind === 'other' || (target.kind === 'word' && !base[j])) && adjective(target)) || (base[j] > 0 && base[j] < 3)) {
      base[j] = SHORTFALL_VALENCE;
      fixed[j] = true;
    }
  }
  for (let k = 0; k + 1 < n; k += 1) {
    // The cheap test first: most items are neither adjectives nor opinions.
    if (!(adjective(items[k]) || base[k] !== 0) || !pack.enough?.has(items[k + 1].token.norm)) continue;
    if (findBack(items, base, k, (x) => x.kind === 'neg') >= 0) {
      base[k] = SHORTFALL_VALENCE;
      fixed[k] = true;
    }
  }
  for (let k = 0; k < n; k += 1) {
    const it = items[k];
    if (it.kind === 'mod' && it.own !== undefined && !base[k + 1]) base[k] = it.own;
  }
  // An opinion adjective decides for the noun it modifies: "poor clarity" is not −2 + 2.
  for (let k = 0; k < n; k += 1) {
    if (items[k].token.pos !== 'NOUN' || base[k] === 0) continue;
    for (let j = k - 1; j >= 0 && j >= k - 2; j -= 1) {
      if (items[j].token.pos === 'ADJ' && base[j] !== 0) {
        if (Math.sign(base[j]) !== Math.sign(base[k])) base[k] = 0;
        break;
      }
      if (items[j].token.pos !== 'NOUN' && items[j].token.pos !== 'PROPN') break;
    }
  }
  return { base, fixed };
}

function allBetween(items: Item[], j: number, k: number, words: Set<string>): boolean {
  for (let i = j + 1; i < k; i += 1) if (!words.has(items[i].token.norm)) return false;
  return true;
}

function noneBetween(items: Item[], j: number, k: number, words: Set<string>): boolean {
  for (let i = j + 1; i < k; i += 1) if (words.has(items[i].token.norm)) return false;
  return true;
}

function isNegated(items: Item[], base: number[], negated: boolean[], k: number): boolean {
  let count = 0;
  for (let j = k - 1, steps = 0; j >= 0 && steps < REACH; j -= 1, steps += 1) {
    const it = items[j];
    if (isBoundary(it)) break;
    if (base[j] !== 0) return allBetween(items, j, k, COORDINATORS) ? negated[j] : count % 2 === 1;
    if (it.kind === 'neg') {
      if (it.token.norm === 'never' && !noneBetween(items, j, k, NEVER_EXCLAIMS)) continue;
      count += 1;
    }
  }
  return count % 2 === 1;
}

const QUESTION_CLAUSE_BREAKS = new Set([',', ';', ':', '.', '!', '?', '…', '...']);

/**
 * Marks the items of each clause a question mark closes: "Happy Earth day everyone, did
 * you know?" questions only its second clause.
 */
export function questionMask(items: Item[], pack: LexiconPack): Question[] {
  const mask = new Array<Question>(items.length).fill(0);
  let clauseStart = 0;
  for (let k = 0; k < items.length; k += 1) {
    const it = items[k];
    if (it.kind !== 'punct') continue;
    const asks = it.token.text.includes('?');
    if (asks && clauseStart < k) {
      const opener = items[clauseStart].token.norm;
      const kind: Question = !pack.openQuestionWords || !pack.openQuestionWords.has(opener) ? 'yes-no' : 'open';
      for (let j = clauseStart; j < k; j += 1) mask[j] = kind;
    }
    if (asks || QUESTION_CLAUSE_BREAKS.has(it.token.text)) clauseStart = k + 1;
  }
  return mask;
}

/** Valence of every item of one sentence after intensity, negation, shouting and question rules. */
export function itemValences(items: Item[], ctx: ValenceContext): number[] {
  const { base, fixed } = baseValences(items, ctx.pack);
  const out = new Array<number>(items.length).fill(0);
  const negated = new Array<boolean>(items.length).fill(false);
  for (let k = 0; k < items.length; k += 1) {
    let v = base[k];
    if (v === 0) continue;
    if (ctx.shouting && isCaps(items[k].token.text)) v += Math.sign(v) * CAPS_BOOST;
    if (!fixed[k] && !isEmoticon(items[k])) {
      for (let j = k - 1; j >= 0 && isModifier(items[j]) && !base[j]; j -= 1) {
        if (items[j].kind === 'mod' || v < 0) v *= items[j].value;
      }
      negated[k] = isNegated(items, base, negated, k);
      if (negated[k]) v *= v > 0 ? NEGATED_POSITIVE : NEGATED_NEGATIVE;
      else if (v > 0 && findBack(items, base, k, (x) => x.kind === 'irrealis') >= 0) v *= IRREALIS_POSITIVE;
    }
    if (ctx.question[k] === 'yes-no') v *= v > 0 ? QUESTION_POSITIVE : QUESTION_NEGATIVE;
    else if (ctx.question[k] === 'open') v *= v > 0 ? OPEN_QUESTION_POSITIVE : OPEN_QUESTION_NEGATIVE;
    out[k] = v;
  }
  return out;
}

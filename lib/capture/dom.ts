/**
 * DOM helpers shared by the site adapters. Everything takes the nodes it works on as
 * arguments (never the global `document`), so adapters run on happy-dom in Node as well
 * as in a content script.
 */
import type { NextPage } from './adapter';
import type { Rating } from '../types';
import { cleanText, parseIsoDate, parseNumber } from './text';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

// Elements whose boundaries separate words even when the markup has no whitespace
// between them (minified pages: "<p>Good</p><p>Bad</p>" must not read "GoodBad").
const BREAKING = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'SECTION', 'TD', 'TH', 'TR', 'UL',
]);
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG']);

function collect(node: Node, skip: string | undefined, out: string[]): void {
  if (node.nodeType === TEXT_NODE) {
    out.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (NEVER_TEXT.has(tag) || (skip && el.matches(skip))) return;
  const breaks = BREAKING.has(tag);
  if (breaks) out.push(' ');
  el.childNodes.forEach((child) => collect(child, skip, out));
  if (breaks) out.push(' ');
}

/**
 * The visible words of an element as one line: textContent with block boundaries kept as
 * spaces and whitespace collapsed. `skip` is a selector for descendants to leave out
 * (a "Read more" button, an owner's reply).
 */
export function textOf(el: Element | null | undefined, skip?: string): string {
  if (!el) return '';
  const out: string[] = [];
  collect(el, skip, out);
  return cleanText(out.join(''));
}

/** The first element matching the first selector in the list that matches anything. */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return null;
}

/** All elements of the first selector in the list that matches anything, in page order. */
export function queryAllFirst(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const s of selectors) {
    const found = Array.from(root.querySelectorAll(s));
    if (found.length) return found;
  }
  return [];
}

/** Drop elements nested inside another element of the same list (outermost wins). */
export function outermost(els: readonly Element[]): Element[] {
  return els.filter((el) => !els.some((other) => other !== el && other.contains(el)));
}

const NUMBER = /\d+(?:[.,]\d+)?/g;

/**
 * Read a star label by its digits, whatever the language: "4 out of 5", "Rated 4 out of 5
 * stars", "4,0 van 5 sterren", "4/5", "4 star rating", "Note : 4 sur 5", "4.5 of 5 bubbles".
 * The first number is the value, a second larger-or-equal one the scale's maximum; with a
 * single number the scale is `defaultMax`. Null when no number fits the scale.
 */
export function parseStarLabel(
  label: string | null | undefined,
  defaultMax = 5,
): { value: number; max: number } | null {
  const nums = (cleanText(label).match(NUMBER) ?? []).map((n) => parseNumber(n)).filter((n): n is number => n !== null);
  if (!nums.length) return null;
  const [value, second] = nums;
  if (second !== undefined && second >= value && second > 0) return { value, max: second };
  return value <= defaultMax ? { value, max: defaultMax } : null;
}

/** A Rating from a label or number, on a scale min..max; null when out of range. */
export function ratingFrom(
  source: string | number | null | undefined,
  min: number,
  defaultMax: number,
): Rating | null {
  const parsed = typeof source === 'number' ? { value: source, max: defaultMax } : parseStarLabel(source, defaultMax);
  if (!parsed || parsed.value < min || parsed.value > parsed.max) return null;
  return { value: parsed.value, min, max: parsed.max };
}

export type JsonObject = Record<string, unknown>;

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every top-level JSON-LD object of the page, with `@graph` members and arrays flattened. */
export function readJsonLd(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  const add = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(add);
    else if (isObject(v)) {
      out.push(v);
      if (Array.isArray(v['@graph'])) v['@graph'].forEach(add);
    }
  };
  doc.querySelectorAll('script[type="application/ld+json"]').forEach((s) => {
    try {
      add(JSON.parse(s.textContent ?? ''));
    } catch {
      // A broken block on the page must not hide the others.
    }
  });
  return out;
}

/** True when a JSON-LD object has the schema.org type (`@type` may be a string or a list). */
export function hasType(o: JsonObject, type: string): boolean {
  const t = o['@type'];
  return Array.isArray(t) ? t.includes(type) : t === type;
}

/** A JSON-LD value as a string: plain strings, numbers, or `{ name }` objects (authors). */
export function ldString(v: unknown): string | null {
  if (typeof v === 'string') return cleanText(v) || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return ldString(v[0]);
  if (isObject(v)) return ldString(v.name);
  return null;
}

// Dates written inside a sentence ("Reviewed in the United States on March 3, 2024",
// "Geschreven op 3 maart 2024", "Reviewed: 9 November 2025").
const DATE_IN_TEXT = [
  /\d{4}-\d{1,2}-\d{1,2}/,
  /\d{1,2}(?:er|st|nd|rd|th|\.)?\s+(?:de\s+)?[a-zà-ü]+\.?\s+(?:de\s+)?\d{4}/i,
  /[a-zà-ü]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}/i,
  /\d{1,2}[/.]\d{1,2}[/.]\d{4}/,
];

/** The first date written in a sentence, as ISO 8601; null when none can be read. */
export function findDateIn(text: string | null | undefined): string | null {
  const t = cleanText(text);
  for (const re of DATE_IN_TEXT) {
    const m = re.exec(t);
    const iso = m ? parseIsoDate(m[0]) : null;
    if (iso) return iso;
  }
  return null;
}

/** A `<time datetime>`, a microdata `<meta content>` or the element's text as ISO 8601. */
export function dateOf(el: Element | null | undefined): string | null {
  if (!el) return null;
  return parseIsoDate(el.getAttribute('datetime') ?? el.getAttribute('content')) ?? findDateIn(el.getAttribute('aria-label')) ?? findDateIn(textOf(el));
}

/**
 * Join the labelled parts of a multi-part review ("Likes: …\nDislikes: …"), dropping empty
 * ones. A single unlabelled part comes back as it is.
 */
export function joinParts(parts: ReadonlyArray<readonly [label: string | null, text: string]>): string {
  const kept = parts.filter(([, text]) => text);
  if (kept.length === 1 && kept[0][0] === null) return kept[0][1];
  return kept.map(([label, text]) => (label ? `${label}: ${text}` : text)).join('\n');
}

/** Keep the first item of each id; items without an id are all kept. */
export function dedupeBy<T>(items: readonly T[], id: (item: T) => string | null): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = id(item);
    if (key === null) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// What "Read more" says on the review sites' languages (en, nl, de, fr, es, no, da, sv).
const EXPAND_WORDS = new Set([
  'read more', 'more', 'see more', 'show more', 'full review', 'meer', 'lees meer', 'meer weergeven',
  'toon meer', 'mehr', 'weiterlesen', 'mehr anzeigen', 'plus', 'lire la suite', 'voir plus',
  'leer más', 'más', 'ver más', 'les mer', 'vis mer', 'læs mere', 'vis mere', 'mere', 'mer', 'läs mer', 'visa mer',
]);

/** True when a control's text is a "Read more" in one of the supported languages. */
export function isExpandLabel(text: string | null | undefined): boolean {
  const t = cleanText(text).toLowerCase().replace(/^[\s.…]+|[\s.…›>»+]+$/g, '');
  return EXPAND_WORDS.has(t);
}

/**
 * "Read more" controls inside the given review elements: those matching the attribute
 * selectors first, then buttons and button-like links whose text is a known "Read more".
 * Collapsed controls only: one that reports aria-expanded="true" is already open.
 */
export function expandControlsIn(reviews: readonly Element[], attributeSelectors: readonly string[]): Element[] {
  const found: Element[] = [];
  for (const review of reviews) {
    const byAttr = attributeSelectors.flatMap((s) => Array.from(review.querySelectorAll(s)));
    const byText = Array.from(review.querySelectorAll('button, [role="button"], a')).filter((el) =>
      isExpandLabel(el.textContent),
    );
    for (const el of [...byAttr, ...byText]) {
      if (el.getAttribute('aria-expanded') === 'true' || found.includes(el)) continue;
      found.push(el);
    }
  }
  return found;
}

/** True for a control the page has switched off. */
export function isDisabled(el: Element): boolean {
  return (
    el.hasAttribute('disabled') ||
    el.getAttribute('aria-disabled') === 'true' ||
    el.closest('[aria-disabled="true"], [disabled]') !== null
  );
}

/**
 * The first usable next-page control of the selector list: a link with an href becomes a
 * link to follow (absolute), a button becomes a control to click; disabled ones are skipped.
 */
export function nextPageFrom(root: ParentNode, selectors: readonly string[], baseUrl: string): NextPage | null {
  for (const s of selectors) {
    for (const el of Array.from(root.querySelectorAll(s))) {
      if (isDisabled(el)) continue;
      const href = el.getAttribute('href');
      if (href && !href.startsWith('#') && !/^javascript:/i.test(href)) {
        try {
          return { kind: 'link', href: new URL(href, baseUrl).href };
        } catch {
          continue;
        }
      }
      if (el.tagName === 'BUTTON' || el.getAttribute('role') === 'button') return { kind: 'button', element: el };
    }
  }
  return null;
}

import type { ExtractedComment } from '../adapter';
import { structuredNodes } from '../generic/page-scan';
import { parseIsoDate } from '../text';
import { hasType, isReviewType, jsonText, makeRating } from './fields';

type Node = Record<string, unknown>;

export interface StructuredResult {
  comments: ExtractedComment[];
  /** Script blocks that were not valid JSON; the others are still read. */
  unreadableBlocks: number;
}

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Index every node with an @id, so references such as "author": {"@id": "#p1"} resolve. */
function indexIds(v: unknown, ids: Map<string, Node>): void {
  if (Array.isArray(v)) {
    v.forEach((x) => indexIds(x, ids));
  } else if (isNode(v)) {
    const id = v['@id'];
    if (typeof id === 'string' && Object.keys(v).length > 1 && !ids.has(id)) ids.set(id, v);
    Object.values(v).forEach((x) => indexIds(x, ids));
  }
}

function resolve(v: unknown, ids: Map<string, Node>): unknown {
  if (isNode(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1) return ids.get(v['@id']) ?? v;
  return v;
}

/**
 * Reviews anywhere in the data: top level, in @graph, under review/reviews of any item.
 * Under a review/reviews key an untyped node with a reviewBody is a review too: some
 * sites leave out the @type there.
 */
function collectReviews(v: unknown, out: Node[], underReviewKey = false): void {
  if (Array.isArray(v)) {
    v.forEach((x) => collectReviews(x, out, underReviewKey));
  } else if (isNode(v)) {
    if (hasType(v['@type'], isReviewType) || (underReviewKey && v['@type'] === undefined && 'reviewBody' in v)) {
      out.push(v);
      return;
    }
    Object.entries(v).forEach(([k, x]) => collectReviews(x, out, k === 'review' || k === 'reviews'));
  }
}

function authorName(v: unknown, ids: Map<string, Node>): string | null {
  const a = resolve(Array.isArray(v) ? v[0] : v, ids);
  if (isNode(a)) {
    const name = jsonText(a.name) ?? jsonText(a.alternateName);
    if (name) return name;
    const full = [jsonText(a.givenName), jsonText(a.familyName)].filter(Boolean).join(' ');
    return full || null;
  }
  return jsonText(a);
}

function identifier(v: unknown): string | null {
  const x = Array.isArray(v) ? v[0] : v;
  if (isNode(x)) return jsonText(x.value) ?? jsonText(x['@id']);
  return jsonText(x);
}

function toComment(r: Node, ids: Map<string, Node>, url: string): ExtractedComment {
  const rating = resolve(r.reviewRating, ids);
  return {
    text: jsonText(r.reviewBody) ?? jsonText(r.description) ?? jsonText(r.text) ?? '',
    title: jsonText(r.name) ?? jsonText(r.headline),
    author: authorName(r.author, ids),
    date: parseIsoDate(jsonText(r.datePublished) ?? jsonText(r.dateCreated)),
    rating: isNode(rating) ? makeRating(rating.ratingValue, rating.bestRating, rating.worstRating) : null,
    externalId: jsonText(r['@id']) ?? jsonText(r.url) ?? identifier(r.identifier),
    site: 'jsonld',
    url,
  };
}

/** Every schema.org Review in the page's JSON-LD blocks, in document order. */
export function extractJsonLd(doc: Document, url: string): StructuredResult {
  const blocks: unknown[] = [];
  let unreadableBlocks = 0;
  for (const script of structuredNodes(doc).scripts) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    // Some CMSs wrap the JSON in an HTML comment or CDATA section; those wrappers are not JSON.
    const raw = (script.textContent ?? '').replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[)/, '').replace(/(-->|\/\/\s*\]\]>)\s*$/, '').trim();
    if (!raw) continue;
    try {
      blocks.push(JSON.parse(raw));
    } catch {
      unreadableBlocks++;
    }
  }
  const ids = new Map<string, Node>();
  indexIds(blocks, ids);
  const reviews: Node[] = [];
  collectReviews(blocks, reviews);
  return { comments: reviews.map((r) => toComment(r, ids, url)), unreadableBlocks };
}

import type { ExtractedComment } from '../adapter';
import { childElements } from '../generic/dom-memo';
import { structuredNodes } from '../generic/page-scan';
import { cleanText, parseIsoDate } from '../text';
import { isReviewType, makeRating } from './fields';

/** An item's types from its itemtype attribute (space-separated schema.org URLs). */
function itemTypes(el: Element): string[] {
  return (el.getAttribute('itemtype') ?? '')
    .split(/\s+/)
    .map((t) => /^https?:\/\/(www\.)?schema\.org\/([A-Za-z]+)\/?$/i.exec(t)?.[2] ?? '')
    .filter(Boolean);
}

/**
 * The item's own properties: itemprop elements below it, not descending into nested items
 * (whose properties belong to them).
 */
function properties(item: Element): Map<string, Element> {
  const props = new Map<string, Element>();
  const walk = (el: Element): void => {
    for (const child of childElements(el)) {
      const names = (child.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean);
      for (const n of names) if (!props.has(n)) props.set(n, child);
      if (!child.hasAttribute('itemscope')) walk(child);
    }
  };
  walk(item);
  return props;
}

/** The value of a non-item property, per the microdata rules for each element kind. */
function propValue(el: Element | undefined, preferText = false): string | null {
  if (!el) return null;
  const tag = el.tagName.toLowerCase();
  const attr =
    el.getAttribute('content') ??
    (preferText ? null : linkValue(el, tag)) ??
    (tag === 'time' ? el.getAttribute('datetime') : null) ??
    (tag === 'data' || tag === 'meter' ? el.getAttribute('value') : null) ??
    null;
  const v = cleanText(attr ?? el.textContent);
  return v || null;
}

function linkValue(el: Element, tag: string): string | null {
  return tag === 'a' || tag === 'link' ? el.getAttribute('href') : null;
}

/** A person's name: the nested item's `name`, or the element's own text (a link's text, not its href). */
function nestedOrText(el: Element | undefined, prop: string): string | null {
  if (!el) return null;
  if (el.hasAttribute('itemscope')) return propValue(properties(el).get(prop));
  return propValue(el, true);
}

/** Every schema.org Review item marked up with microdata, in document order. */
export function extractMicrodata(doc: Document, url: string): ExtractedComment[] {
  const items = structuredNodes(doc).items.filter((el) => itemTypes(el).some(isReviewType));
  return items.map((item) => {
    const p = properties(item);
    const ratingEl = p.get('reviewRating');
    const ratingProps = ratingEl?.hasAttribute('itemscope') ? properties(ratingEl) : null;
    const rating = ratingProps
      ? makeRating(propValue(ratingProps.get('ratingValue')), propValue(ratingProps.get('bestRating')), propValue(ratingProps.get('worstRating')))
      : null;
    const date = p.get('datePublished') ?? p.get('dateCreated');
    return {
      text: propValue(p.get('reviewBody')) ?? propValue(p.get('description')) ?? '',
      title: propValue(p.get('name')) ?? propValue(p.get('headline')),
      author: nestedOrText(p.get('author'), 'name'),
      date: parseIsoDate(propValue(date)),
      rating,
      externalId: cleanText(item.getAttribute('itemid')) || propValue(p.get('url')) || null,
      site: 'microdata',
      url,
      element: item,
    };
  });
}

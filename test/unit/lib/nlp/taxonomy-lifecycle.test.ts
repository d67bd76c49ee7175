import { describe, expect, test } from 'vitest';
import { InputError } from '../../../../lib/errors';
import { addTheme, diffTaxonomies, mergeTaxonomy, needsRetag, taxonomyVersionKey } from '../../../../lib/nlp/taxonomy/lifecycle';
import type { Taxonomy } from '../../../../lib/types';

const base: Taxonomy = {
  name: 'Shop',
  version: 4,
  themes: [
    { id: 'delivery', label: 'Delivery', terms: ['delivery'], children: [{ id: 'delivery.speed', label: 'Speed', terms: ['late'] }] },
    { id: 'price', label: 'Price', terms: { en: ['price'], nl: ['prijs'] } },
  ],
};

test.each([
  ['Shop@4', base, false],
  ['Shop@3', base, true],
  ['Other@4', base, true],
  [null, base, true],
])('analysis made with %s under Shop@4 needs re-tagging: %s', (made, current, expected) => {
  expect(needsRetag(made, current)).toBe(expected);
});

test('the version key is "<name>@<version>"', () => {
  expect(taxonomyVersionKey(base)).toBe('Shop@4');
});

describe('addTheme', () => {
  test('adds a top-level theme with version + 1, leaving the original alone', () => {
    const next = addTheme(base, { id: 'packaging', label: 'Packaging', terms: ['box'] });
    expect(next.version).toBe(5);
    expect(next.themes.map((t) => t.id)).toEqual(['delivery', 'price', 'packaging']);
    expect(base.themes).toHaveLength(2);
  });

  test('under a parent, the id gets the parent prefix', () => {
    const next = addTheme(base, { id: 'tracking', label: 'Tracking', terms: ['tracking'] }, 'delivery');
    expect(next.themes[0].children?.map((c) => c.id)).toEqual(['delivery.speed', 'delivery.tracking']);
  });

  test.each([
    [{ id: 'price', label: 'Price', terms: ['cost'] }, undefined, 'cannot add theme "price": a theme with that id exists'],
    [{ id: 'speed', label: 'Speed', terms: ['slow'] }, 'delivery', 'cannot add theme "delivery.speed": a theme with that id exists'],
    [{ id: 'x', label: 'X', terms: ['x'] }, 'nope', 'cannot add theme "x": no parent theme "nope"'],
  ])('refuses %o under %s', (theme, parent, message) => {
    expect(() => addTheme(base, theme, parent)).toThrow(new InputError(message));
  });
});

test('mergeTaxonomy adds new themes, unions terms of shared ones, and bumps the version', () => {
  const merged = mergeTaxonomy(base, {
    themes: [
      { id: 'price', label: 'Cost', terms: ['cost'] },
      { id: 'delivery', label: 'Delivery', terms: ['shipping'], children: [{ id: 'delivery.damage', label: 'Damage', terms: ['damaged'] }] },
      { id: 'returns', label: 'Returns', terms: ['refund'] },
    ],
  });
  expect(merged.version).toBe(5);
  expect(merged.themes.map((t) => t.id)).toEqual(['delivery', 'price', 'returns']);
  expect(merged.themes[0].terms).toEqual(['delivery', 'shipping']);
  expect(merged.themes[0].children?.map((c) => c.id)).toEqual(['delivery.speed', 'delivery.damage']);
  // "cost" is a list term (any language), so it joins each named language.
  expect(merged.themes[1]).toMatchObject({ label: 'Price', terms: { en: ['price', 'cost'], nl: ['prijs', 'cost'] } });
});

test('diffTaxonomies lists added, removed and changed ids, so a changed taxonomy re-tags', () => {
  const next: Taxonomy = {
    name: 'Shop',
    version: 5,
    themes: [
      { id: 'delivery', label: 'Delivery', terms: ['delivery'], color: '#f00' },
      { id: 'price', label: 'Price', terms: { nl: ['prijs'], en: ['price', 'cheap'] } },
      { id: 'returns', label: 'Returns', terms: ['return'] },
    ],
  };
  expect(diffTaxonomies(base, next)).toEqual({ added: ['returns'], removed: ['delivery.speed'], changed: ['price'] });
  expect(diffTaxonomies(base, base)).toEqual({ added: [], removed: [], changed: [] });
});

test('mergeTaxonomy keeps the base taxonomy\'s guards and heads', () => {
  const merged = mergeTaxonomy({ ...base, guards: ['in order to'], heads: ['store'] }, { themes: [{ id: 'returns', label: 'Returns', terms: ['refund'] }] });
  expect(merged.guards).toEqual(['in order to']);
  expect(merged.heads).toEqual(['store']);
  expect(merged.version).toBe(5);
});

import { expect, test } from 'vitest';
import { InputError } from '../../../../lib/errors';
import { parseTaxonomy } from '../../../../lib/nlp/taxonomy/validate';

const theme = (over: Record<string, unknown>) => ({ id: 'food', label: 'Food', terms: ['food'], ...over });
const file = (themes: unknown[], over: Record<string, unknown> = {}) => ({ name: 'Restaurant', version: 3, themes, ...over });

test.each([
  ['not an object', [], 'menu.json: must be a JSON object with "name", "version" and "themes"'],
  ['no name', { version: 1, themes: [theme({})] }, 'menu.json: "name" must be a non-empty string'],
  ['version not a whole number', file([theme({})], { version: 1.5 }), 'menu.json: "version" must be a whole number from 1 up (got 1.5)'],
  ['version as a string', file([theme({})], { version: '2' }), 'menu.json: "version" must be a whole number from 1 up (got "2")'],
  ['no themes', file([]), 'menu.json: "themes" must be a non-empty list'],
  ['missing id', file([theme({}), { label: 'Price', terms: ['price'] }]), 'menu.json: theme #2 has no id'],
  [
    'child id without the parent prefix',
    file([theme({ children: [{ id: 'pizza', label: 'Pizza', terms: ['pizza'] }] })]),
    'menu.json: theme "pizza": a child\'s id must start with its parent\'s id and a dot ("food.…")',
  ],
  [
    'dotted top-level id',
    file([theme({ id: 'food.pizza' })]),
    'menu.json: theme "food.pizza": id parts may hold letters, digits, "-" and "_" only, with "." only between parent and child',
  ],
  ['duplicate ids', file([theme({}), theme({ label: 'Food again' })]), 'menu.json: theme "food": duplicate id'],
  ['empty terms', file([theme({ terms: [] })]), 'menu.json: theme "food" has no terms: give it at least one word or phrase'],
  ['empty term string', file([theme({ terms: ['food', ' '] })]), 'menu.json: theme "food" terms[1] must be a non-empty string'],
  ['bad language key', file([theme({ terms: { english: ['food'] } })]), 'menu.json: theme "food" terms: "english" is not a language code (e.g. "en", "nl")'],
  ['terms neither list nor object', file([theme({ terms: 'food' })]), 'menu.json: theme "food" terms must be a list or an object keyed by language code'],
  ['guards not a list', file([theme({})], { guards: 'fresh air' }), 'menu.json: "guards" must be a list or an object keyed by language code'],
  ['empty guard', file([theme({})], { guards: ['fresh air', ''] }), 'menu.json: "guards"[1] must be a non-empty string'],
  ['heads with a bad language key', file([theme({})], { heads: { english: ['place'] } }), 'menu.json: "heads": "english" is not a language code (e.g. "en", "nl")'],
  ['a head of two words', file([theme({})], { heads: ['place', 'food truck'] }), 'menu.json: "heads": "food truck" must be one word'],
])('%s', (_, json, message) => {
  expect(() => parseTaxonomy(json, 'menu.json')).toThrow(new InputError(message));
});

test('every error is an InputError on one line', () => {
  try {
    parseTaxonomy(file([theme({ terms: [] })]));
    expect.unreachable();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).not.toContain('\n');
  }
});

test('accepts the DESIGN.md example: list terms, per-language terms, children', () => {
  const t = parseTaxonomy({
    name: 'Restaurant',
    version: 3,
    themes: [
      { id: 'food', label: 'Food', terms: ['food', 'dish', 'taste', 'menu item'], children: [{ id: 'food.pizza', label: 'Pizza', terms: ['pizza', 'crust'] }] },
      { id: 'price', label: 'Price', terms: { en: ['price', 'expensive', 'cheap', 'value for money'], nl: ['prijs', 'duur', 'goedkoop', 'waar voor je geld'] } },
    ],
  });
  expect(t.themes[0].children?.[0].id).toBe('food.pizza');
  expect(t.themes[1].terms).toEqual({ en: ['price', 'expensive', 'cheap', 'value for money'], nl: ['prijs', 'duur', 'goedkoop', 'waar voor je geld'] });
});

test('a parent whose children carry the terms may have none itself; a missing label becomes the id', () => {
  const t = parseTaxonomy(file([{ id: 'billing', children: [{ id: 'billing.refunds', terms: ['refund'] }] }]));
  expect(t.themes[0]).toEqual({ id: 'billing', label: 'billing', terms: [], children: [{ id: 'billing.refunds', label: 'billing.refunds', terms: ['refund'] }] });
});

test('keeps the optional guards and heads, in either shape, and leaves them out when absent', () => {
  const t = parseTaxonomy(file([theme({})], { guards: ['breath of fresh air'], heads: { en: ['place', 'joint'], nl: ['zaak'] } }));
  expect(t.guards).toEqual(['breath of fresh air']);
  expect(t.heads).toEqual({ en: ['place', 'joint'], nl: ['zaak'] });
  expect(Object.keys(parseTaxonomy(file([theme({})])))).toEqual(['name', 'version', 'themes']);
});

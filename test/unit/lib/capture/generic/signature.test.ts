import { describe, expect, test } from 'vitest';
import { withDomMemo } from '../../../../../lib/capture/generic/dom-memo';
import { clusterChildren, layoutsOf } from '../../../../../lib/capture/generic/signature';
import { parseHtml } from './fixture-doc';

const URL = 'https://shop.example/reviews';
const card = (i: number, photo: boolean) =>
  `<div class="card" id="c${i}"><h3>T${i}</h3>${photo ? '<img src="p.jpg">' : ''}<p>Review text number ${i}.</p><span>5/5</span></div>`;
// Unlike children: each a div with its own run of child tags.
const odd = (i: number) => `<div id="o${i}">${'<b>x</b>'.repeat(1)}${'<i>y</i>'.repeat(i + 1)}</div>`;

describe('clusterChildren: look-alike siblings, in page order', () => {
  test('cards with and without a photo (two layouts, interleaved) form one cluster in page order', () => {
    const doc = parseHtml(`<body><section id="list">${Array.from({ length: 10 }, (_, i) => card(i, i % 3 === 0)).join('')}</section></body>`, URL);
    const clusters = withDomMemo(() => clusterChildren(doc.getElementById('list')!));
    expect(clusters.map((c) => c.map((e) => e.id))).toEqual([Array.from({ length: 10 }, (_, i) => `c${i}`)]);
  });

  test('a parent with many unlike children still finds its cards, and each child keeps its own layout', () => {
    const kids = Array.from({ length: 30 }, (_, i) => (i % 2 ? card(i, false) : odd(i))).join('');
    const doc = parseHtml(`<body><section id="list">${kids}</section></body>`, URL);
    withDomMemo(() => {
      const list = doc.getElementById('list')!;
      const { list: layouts, of } = layoutsOf(list);
      // 15 unlike children and one layout for the 15 cards.
      expect(layouts).toHaveLength(16);
      expect(Array.from(of).filter((l, i) => i % 2 === 1 && l === of[1])).toHaveLength(15);
      const cards = clusterChildren(list).find((c) => c[0].id === 'c1');
      expect(cards?.map((e) => e.id)).toEqual(Array.from({ length: 15 }, (_, k) => `c${2 * k + 1}`));
    });
  });

  test('the same answer with and without the per-capture memo', () => {
    const doc = parseHtml(`<body><section id="list">${Array.from({ length: 12 }, (_, i) => (i % 4 ? card(i, i % 2 === 0) : odd(i))).join('')}</section></body>`, URL);
    const list = doc.getElementById('list')!;
    const ids = (cs: Element[][]) => cs.map((c) => c.map((e) => e.id));
    expect(ids(clusterChildren(list))).toEqual(ids(withDomMemo(() => clusterChildren(list))));
  });
});

import { describe, expect, test } from 'vitest';
import { Window } from 'happy-dom';
import { locateElements } from '../../../../lib/capture/locate';
import type { ExtractedComment } from '../../../../lib/capture/adapter';

function page(html: string): Document {
  const w = new Window({ url: 'https://shop.example/reviews' });
  return new w.DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html') as unknown as Document;
}
const comment = (text: string): ExtractedComment => ({ text, title: null, author: null, date: null, rating: null, externalId: null, site: 'jsonld', url: 'u' });

describe('locating structured-data reviews on the page', () => {
  const doc = page(`
    <main><h1>Reviews</h1>
      <article id="a"><h3>Great</h3><div class="meta"><span>Anna</span></div><p>Delivery was super fast and   the packaging was perfect.</p></article>
      <article id="b"><h3>Bad</h3><p>The app keeps crashing and the price is way too high.</p></article>
      <article id="c"><p><span>Customer service is a joke.</span> Waited 40 minutes.</p></article>
    </main>`);

  test('each review gets its own card, not a shared ancestor', () => {
    const out = locateElements(doc, [
      comment('Delivery was super fast and the packaging was perfect.'),
      comment('The app keeps crashing and the price is way too high.'),
      comment('Customer service is a joke. Waited 40 minutes.'),
    ]);
    expect(out.map((c) => c.element?.id)).toEqual(['a', 'b', 'c']);
  });

  test('a review whose text is not on the page stays without an element', () => {
    const [c] = locateElements(doc, [comment('This text appears nowhere on the page at all.')]);
    expect(c!.element).toBeUndefined();
  });

  test('comments that already have an element keep it', () => {
    const el = doc.getElementById('b')!;
    const [c] = locateElements(doc, [{ ...comment('Delivery was super fast and the packaging was perfect.'), element: el }]);
    expect(c!.element).toBe(el);
  });
});

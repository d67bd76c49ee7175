import { describe, expect, test, vi } from 'vitest';
import * as extract from '../../../lib/capture/extract';
import { createPageReader } from '../../../entrypoints/content/page-capture';

const HREF = 'https://shop.example/reviews';

function page(): Document {
  document.body.innerHTML = `<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org', '@type': 'Product', name: 'Kettle',
    review: [1, 2, 3].map((i) => ({
      '@type': 'Review', reviewBody: `Review number ${i} of the kettle.`, author: { '@type': 'Person', name: `A${i}` },
      reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1 },
    })),
  })}</script><div class="review">Review number 1 of the kettle.</div>`;
  return document;
}

describe('the page reader: one read of the page until it changes', () => {
  test('the overlay and a capture share one read; a change to the page, or another recipe, reads again', async () => {
    const doc = page();
    const spy = vi.spyOn(extract, 'extractComments');
    const reader = createPageReader();
    expect(reader.read(doc, HREF)).toHaveLength(3);
    const capture = await reader.capture(doc, HREF);
    expect(capture.page.comments.map((c) => c.text)).toEqual(['Review number 1 of the kettle.', 'Review number 2 of the kettle.', 'Review number 3 of the kettle.']);
    expect(capture.elements[0]?.textContent).toBe('Review number 1 of the kettle.');
    expect(spy).toHaveBeenCalledTimes(1);

    reader.changed();
    expect(reader.read(doc, HREF)).toHaveLength(3);
    expect(spy).toHaveBeenCalledTimes(2);
    reader.read(doc, `${HREF}?page=2`);
    expect(spy).toHaveBeenCalledTimes(3);
    spy.mockRestore();
  });
});

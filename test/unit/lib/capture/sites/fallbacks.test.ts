import { describe, expect, test } from 'vitest';
import type { SiteId } from '../../../../../lib/capture/adapter';
import type { CapturedComment } from '../../../../../lib/types';
import { siteAdapters } from '../../../../../lib/capture/sites/index';
import { loadSite } from './load';

const remove = (selector: string) => (doc: Document) => doc.querySelectorAll(selector).forEach((e) => e.remove());

// When a redesign drops the anchors an adapter prefers, its next source still gives the reviews.
const cases: [SiteId, string, string, (doc: Document) => void, number, Partial<CapturedComment>][] = [
  [
    'trustpilot', 'https://es.trustpilot.com/review/www.ejemplo.es', 'cards gone: JSON-LD @graph reviews',
    remove('[data-service-review-card-paper]'), 3,
    { text: 'El pedido llegó en dos días y bien embalado. Cuando llamé para cambiar la talla tardaron una semana en contestar.', title: 'Entrega rápida, atención mejorable', author: 'Marta López', date: '2024-03-01T10:15:00.000Z', rating: { value: 4, min: 1, max: 5 }, externalId: '65f1a2b3c4d5e6f708192a3b' },
  ],
  [
    'tripadvisor', 'https://www.tripadvisor.com/Hotel_Review-g188590-d190569-Reviews-X.html', 'cards gone: JSON-LD review list',
    remove('[data-automation="reviewCard"]'), 1,
    { text: 'Five minutes from Centraal and right on the canal.', title: 'Great location, tiny rooms', author: 'Jan J', date: '2024-03-05', rating: { value: 4, min: 1, max: 5 } },
  ],
  [
    'capterra', 'https://www.capterra.nl/software/1234/planbord/reviews', 'cards gone: JSON-LD review list',
    remove('[data-testid="review-card"]'), 1,
    { text: 'We plannen er ons hele team mee.', title: 'Overzichtelijk, maar traag op mobiel', author: 'Lotte V.', date: '2024-03-03', rating: { value: 4, min: 1, max: 5 } },
  ],
  [
    'amazon', 'https://www.amazon.com/product-reviews/B0C1KETTLE/', 'hidden star labels gone: the icon class "a-star-4"',
    remove('.a-icon-alt'), 3,
    { externalId: 'R2XK4DFMQ8Z1AB', rating: { value: 4, min: 1, max: 5 }, title: 'Great kettle, loud click' },
  ],
  [
    'g2', 'https://www.g2.com/products/slack/reviews', 'microdata rating gone: the "stars-9" half-star class',
    remove('[itemprop="reviewRating"]'), 3,
    { externalId: '9123456', rating: { value: 4.5, min: 1, max: 5 } },
  ],
];

describe('adapter fallbacks', () => {
  test.each(cases)('%s, %s: %s', (id, url, _what, mutate, count, first) => {
    const doc = loadSite(id, url);
    mutate(doc);
    const comments = siteAdapters[id].extract(doc, url);
    expect(comments).toHaveLength(count);
    expect(comments[0]).toMatchObject({ ...first, site: id, url });
  });
});

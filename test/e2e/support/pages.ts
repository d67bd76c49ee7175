/** A JSON-LD review page with `n` distinct reviews, for batch and kill tests. */
export function bigReviewPage(n: number): string {
  const subjects = ['delivery', 'customer service', 'the price', 'the app', 'the packaging', 'the staff', 'the checkout', 'the refund'];
  const verdicts = [
    ['was quick and friendly', 5], ['was fine', 4], ['was far too slow', 2], ['keeps crashing', 1],
    ['is great value for money', 5], ['was a disaster', 1], ['could be better', 3], ['exceeded my expectations', 5],
  ] as const;
  const reviews = Array.from({ length: n }, (_, i) => {
    const [verdict, stars] = verdicts[(i * 7) % verdicts.length]!;
    const subject = subjects[i % subjects.length]!;
    return {
      '@type': 'Review',
      '@id': `https://bulk.example/r/${i}`,
      reviewBody: `Order ${i}: ${subject} ${verdict}.`,
      author: { '@type': 'Person', name: `Customer ${i}` },
      datePublished: `2026-0${1 + (i % 9)}-1${i % 10}`,
      reviewRating: { '@type': 'Rating', ratingValue: stars, bestRating: 5, worstRating: 1 },
    };
  });
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Bulk Shop', review: reviews });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bulk Shop reviews</title>
<script type="application/ld+json">${ld.replace(/</g, '\\u003c')}</script></head>
<body><h1>Bulk Shop: ${n} reviews</h1></body></html>`;
}

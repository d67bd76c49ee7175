import { describe, expect, test } from 'vitest';
import { findExpandControls } from '../../../../lib/capture/expand';
import { findNextPage } from '../../../../lib/capture/paginate';
import { loadFixture, parseHtml } from './generic/fixture-doc';

const URL = 'https://reviews.example.com/shop/acme?page=2';

function next(html: string, url = URL) {
  const result = findNextPage(parseHtml(html, url), url);
  if (result?.kind === 'button') return { kind: 'button', text: result.element.textContent?.trim() };
  return result;
}

const list = '<ul>' + '<li><p>A long enough review text about the product and the service we got.</p></li>'.repeat(3) + '</ul>';

describe('findNextPage', () => {
  test.each([
    ['link rel=next in the head', '<head><link rel="next" href="/shop/acme?page=3"></head><body>x</body>', { kind: 'link', href: 'https://reviews.example.com/shop/acme?page=3' }],
    ['a rel="next nofollow"', '<p><a rel="nofollow next" href="?page=3">›</a></p>', { kind: 'link', href: 'https://reviews.example.com/shop/acme?page=3' }],
    ['aria-current page 2 → the link labelled 3', '<nav><a href="?page=1">1</a><a href="?page=2" aria-current="page">2</a><a href="?page=3">3</a></nav>', { kind: 'link', href: 'https://reviews.example.com/shop/acme?page=3' }],
    ['aria-label numbers in Dutch', '<div class="pag"><button aria-label="Pagina 2" aria-current="true">2</button><button aria-label="Pagina 3">…</button></div>', { kind: 'button', text: '…' }],
    ['a "Volgende" link', '<div><a href="?page=1">Vorige</a> <a href="?page=3">Volgende</a></div>', { kind: 'link', href: 'https://reviews.example.com/shop/acme?page=3' }],
    ['"Suivant ›" as a scripted button', '<div><button type="button">Suivant ›</button></div>', { kind: 'button', text: 'Suivant ›' }],
    ['"Meer laden" below the list', `${list}<button type="button">Meer laden</button>`, { kind: 'button', text: 'Meer laden' }],
    ['"Weitere laden (120)" with a count', `${list}<button type="button">Weitere laden (120)</button>`, { kind: 'button', text: 'Weitere laden (120)' }],
    ['"Cargar más" as a role=button div', `${list}<div role="button" tabindex="0">Cargar más</div>`, { kind: 'button', text: 'Cargar más' }],
    ['"Vis flere" (Norwegian)', `${list}<button>Vis flere</button>`, { kind: 'button', text: 'Vis flere' }],
    ['a load-more data attribute, no text match', `${list}<button data-testid="reviews-load-more">↓</button>`, { kind: 'button', text: '↓' }],
  ])('%s', (_name, html, expected) => {
    expect(next(html)).toEqual(expected);
  });

  test.each([
    ['a disabled "Next" button', '<nav><button disabled>Next</button></nav>'],
    ['aria-disabled rel=next link', '<a rel="next" href="?page=3" aria-disabled="true">Next</a>'],
    ['a disabled "Load more"', `${list}<button type="button" disabled>Load more</button>`],
    ['a hidden "Show more"', `${list}<button type="button" hidden>Show more</button>`],
    ['rel=next to another host', '<a rel="next" href="https://tracker.example.net/?page=3">Next</a>'],
    ['the last page of a numbered pager', '<nav><a href="?page=1">1</a><a href="?page=2" aria-current="page">2</a></nav>'],
    ['a read-more link inside a review', '<ul><li><p>A long enough review text about the product and the service we got.</p><button>Show more</button></li><li><p>Another long review text that talks about delivery times and packaging.</p><button>Show more</button></li></ul>'],
    ['a "more" word inside prose', '<p>There is more to say about this product, and more again.</p>'],
  ])('null: %s', (_name, html) => {
    expect(next(html)).toBeNull();
  });

  test('fixture: numbered pager with aria-labels; the rel=next to a partner host is ignored', () => {
    const url = 'https://www.gasthof-linde.example/bewertungen?seite=2';
    expect(findNextPage(loadFixture('generic/paginate-numbered.html', url), url)).toEqual({ kind: 'link', href: 'https://www.gasthof-linde.example/bewertungen?seite=3' });
  });

  test('fixture: list with ads, aria-current on page 1', () => {
    const url = 'https://voyages.example.fr/hotel/belle-rive';
    expect(findNextPage(loadFixture('generic/list-with-ads.html', url), url)).toEqual({ kind: 'link', href: 'https://voyages.example.fr/hotel/belle-rive?page=2' });
  });
});

describe('findExpandControls', () => {
  test('collapsed disclosure buttons inside reviews, not the site menu', () => {
    const url = 'https://www.gasthof-linde.example/bewertungen?seite=2';
    const found = findExpandControls(loadFixture('generic/paginate-numbered.html', url));
    expect(found.map((el) => el.getAttribute('aria-controls'))).toEqual(['b1', 'b2']);
  });

  test.each([
    ['English "Read more"', '<button>Read more</button>', 1],
    ['Dutch "Lees meer"', '<a href="#">Lees meer</a>', 1],
    ['French "Lire la suite"', '<span role="button">Lire la suite</span>', 1],
    ['Spanish "Leer más"', '<button>Leer más</button>', 1],
    ['closed <details>', '<details><summary>…</summary><p>rest</p></details>', 1],
    ['a menu toggle (aria-haspopup)', '<button aria-haspopup="menu" aria-expanded="false">⋯</button>', 0],
    ['an already expanded control', '<button aria-expanded="true">Show less</button>', 0],
    ['a disabled control', '<button disabled>Read more</button>', 0],
  ])('%s', (_name, control, count) => {
    const card = (t: string) => `<article><p>${t} — a review text that is long enough to be truncated by the site.</p>${control}</article>`;
    const html = `<nav><button aria-expanded="false">Menu</button></nav><main>${card('One')}${card('Two')}</main><button>Read more</button>`;
    expect(findExpandControls(parseHtml(html, URL))).toHaveLength(count * 2);
  });
});

import type { CapturedComment } from '../../../../../lib/types';
import type { SiteId } from '../../../../../lib/capture/adapter';

/**
 * One row per site adapter: the saved page in test/fixtures/sites/<id>.html, the URL it was
 * saved from, and what a user must get from it. Every value was read off the fixture by hand.
 */
export type Expected = Omit<CapturedComment, 'site' | 'url'>;

export interface Case {
  id: SiteId;
  /** The page the fixture was saved from. */
  url: string;
  matches: string[];
  notMatches: string[];
  count: number;
  first: Expected;
  /** The first comment's element: the review's container, for the overlay. */
  firstElement: string;
  /** More comments worth pinning: index → fields (multi-part text, other languages, dedup). */
  others: [number, Partial<Expected>][];
  /** Where the next page is: a link href, or a button found by this selector. */
  next: { href: string } | { button: string } | null;
  /** Turn the fixture into its last page the way the site does. */
  lastPage?: (doc: Document) => void;
  /** Selectors of the "Read more" controls expected, in order. */
  expand: string[];
}

export const cases: Case[] = [
  {
    id: 'trustpilot',
    url: 'https://es.trustpilot.com/review/www.ejemplo.es',
    matches: ['https://www.trustpilot.com/review/example.com', 'https://nl.trustpilot.com/review/www.bol.com', 'https://es.trustpilot.com/review/www.ejemplo.es?page=3'],
    notMatches: ['https://www.nottrustpilot.com/review/x', 'https://trustpilot.example.com/review/x'],
    count: 3,
    first: {
      text: 'El pedido llegó en dos días y bien embalado. Cuando llamé para cambiar la talla tardaron una semana en contestar.',
      title: 'Entrega rápida, atención mejorable',
      author: 'Marta López',
      date: '2024-03-01T10:15:00.000Z',
      rating: { value: 4, min: 1, max: 5 },
      externalId: '65f1a2b3c4d5e6f708192a3b',
    },
    firstElement: '[data-service-review-card-paper]',
    others: [
      // The card shows a shortened body; the JSON-LD's full text wins.
      [1, { text: 'Me cobraron dos veces el mismo pedido y el reembolso tardó más de un mes. El servicio de atención al cliente no respondía a los correos y el chat siempre estaba cerrado. Muy decepcionado.', rating: { value: 1, min: 1, max: 5 } }],
    ],
    next: { href: 'https://es.trustpilot.com/review/www.ejemplo.es?page=2' },
    lastPage(doc) {
      const next = doc.querySelector('a[name="pagination-button-next"]');
      next?.removeAttribute('href');
      next?.setAttribute('aria-disabled', 'true');
      doc.querySelector('link[rel="next"]')?.remove();
    },
    expand: ['button[aria-expanded="false"]'],
  },
  {
    id: 'amazon',
    url: 'https://www.amazon.com/product-reviews/B0C1KETTLE/',
    matches: ['https://www.amazon.com/dp/B0C1KETTLE', 'https://www.amazon.nl/product-reviews/B0C1KETTLE', 'https://www.amazon.de/dp/B0C1KETTLE', 'https://www.amazon.co.uk/dp/B0C1KETTLE'],
    notMatches: ['https://aws.amazon.com/', 'https://www.amazonaws.com/', 'https://www.example.com/amazon.com'],
    count: 3,
    first: {
      text: 'Boils a full litre in under three minutes and the handle stays cool. The switch clicks loudly, which wakes the kids in the morning.',
      title: 'Great kettle, loud click',
      author: 'Jane D.',
      date: '2024-03-03',
      rating: { value: 4, min: 1, max: 5 },
      externalId: 'R2XK4DFMQ8Z1AB',
    },
    // The full review of the list, not its shortened "Top positive review" copy.
    firstElement: 'li#R2XK4DFMQ8Z1AB',
    others: [
      // Stars inside the title element are not part of the title.
      [1, { title: 'Leaked after two weeks', rating: { value: 1, min: 1, max: 5 }, date: '2024-02-11', externalId: 'R1QWERTY12345X' }],
      // A German review from "other countries": "2,0 von 5 Sternen", "vom 3. März 2024".
      [2, { title: 'Zu laut', author: 'Klaus M.', rating: { value: 2, min: 1, max: 5 }, date: '2024-03-03' }],
    ],
    next: { href: 'https://www.amazon.com/product-reviews/B0C1KETTLE/ref=cm_cr_arp_d_paging_btm_next_2?ie=UTF8&pageNumber=2' },
    lastPage(doc) {
      const last = doc.querySelector('li.a-last');
      if (last) last.outerHTML = '<li class="a-disabled a-last">Next page →</li>';
    },
    expand: ['[data-action="a-expander-toggle"]'],
  },
  {
    id: 'google-maps',
    url: 'https://www.google.com/maps/place/Caf%C3%A9+De+Zwaan/@52.37,4.89,17z/data=!4m8!3m7?hl=nl',
    matches: ['https://www.google.com/maps/place/Cafe/@52.3,4.8,17z', 'https://www.google.nl/maps/place/Cafe', 'https://maps.google.com/?cid=1234567890'],
    notMatches: ['https://www.google.com/search?q=cafe', 'https://play.google.com/store/apps/details?id=com.google.android.apps.maps'],
    count: 3,
    first: {
      text: 'Gezellige zaak met een mooi terras aan de gracht. De koffie was prima, maar we moesten twintig minuten wachten op de…',
      title: null,
      author: 'Pieter de Vries',
      date: null,
      rating: { value: 4, min: 1, max: 5 },
      externalId: 'ChZDSUhNMG9nS0VJQ0FnSURQeHZQUkVREAE',
    },
    // The outer card, not its nested copy with the same data-review-id.
    firstElement: 'div.jftiEf',
    others: [
      [1, { author: 'Emma Janssen', rating: { value: 2, min: 1, max: 5 }, text: 'Onvriendelijke bediening en de soep was koud.' }],
      // Hotel-style plain "5/5" score instead of a star image.
      [2, { author: 'Tom Baker', rating: { value: 5, min: 1, max: 5 }, text: 'Lovely canal-side spot, friendly staff and great apple pie.' }],
    ],
    next: null,
    expand: ['button[jsaction="pane.review.expandReview"]'],
  },
  {
    id: 'app-store',
    url: 'https://apps.apple.com/nl/app/fietsplanner/id1234567890?see-all=reviews',
    matches: ['https://apps.apple.com/us/app/slack/id618783545', 'https://apps.apple.com/nl/app/fietsplanner/id1234567890?see-all=reviews'],
    notMatches: ['https://www.apple.com/nl/', 'https://play.google.com/store/apps/details?id=com.Slack'],
    count: 3,
    first: {
      text: 'De routes over fietspaden zijn top en de offline kaarten werken goed. Na een uur navigeren is mijn batterij wel half leeg, en de app blijft op de achtergrond de locatie…',
      title: 'Handig, maar batterijvreter',
      author: 'Anouk_R',
      date: '2024-02-11T00:00:00.000Z',
      rating: { value: 4, min: 1, max: 5 },
      externalId: null,
    },
    firstElement: '.we-customer-review',
    others: [[1, { title: 'Crasht bij opstarten', rating: { value: 1, min: 1, max: 5 }, author: 'Bram1987' }]],
    next: null,
    expand: ['blockquote button'],
  },
  {
    id: 'google-play',
    url: 'https://play.google.com/store/apps/details?id=com.example.budgetly&hl=en',
    matches: ['https://play.google.com/store/apps/details?id=com.whatsapp', 'https://play.google.com/store/apps/details?id=com.Slack&hl=nl'],
    notMatches: ['https://play.google.com/store/movies/details?id=abc', 'https://www.google.com/maps'],
    count: 3,
    first: {
      text: 'Easy to log expenses and the weekly summary is clear. Syncing between my phone and tablet sometimes takes a few minutes.',
      title: null,
      author: 'Sarah Lee',
      date: '2024-03-03',
      rating: { value: 4, min: 1, max: 5 },
      externalId: 'gp:AOqpTOFq1v7x9YH0example-review-one',
    },
    // The open "See all reviews" dialog holds the list; the page's copies are not counted again.
    firstElement: '[role="dialog"] .RHo1pe',
    others: [[2, { author: 'Maria Rossi', rating: { value: 5, min: 1, max: 5 }, date: '2024-01-09' }]],
    next: null,
    expand: [],
  },
  {
    id: 'g2',
    url: 'https://www.g2.com/products/slack/reviews',
    matches: ['https://www.g2.com/products/slack/reviews', 'https://g2.com/products/notion/reviews?page=2'],
    notMatches: ['https://www.g2a.com/slack', 'https://www.capterra.com/p/135003/Slack/'],
    count: 3,
    first: {
      text:
        'Likes: Threads keep discussions out of the main channel and huddles replace most short meetings.\n' +
        'Dislikes: Search misses older messages on the free plan and notifications pile up.\n' +
        'Problems solved: Our remote team across three time zones stays in sync without email.',
      title: 'Great for async teamwork',
      author: 'Kari N.',
      date: '2024-03-02',
      rating: { value: 4.5, min: 1, max: 5 },
      externalId: '9123456',
    },
    firstElement: '#survey-response-9123456',
    others: [
      [1, { rating: { value: 2, min: 1, max: 5 }, author: 'Verified User in Financial Services', externalId: '9120001' }],
      [2, { text: 'Likes: Everything in one place.\nDislikes: Nothing major.', title: "Our company's nervous system", date: '2024-02-20' }],
    ],
    next: { href: 'https://www.g2.com/products/slack/reviews?page=2' },
    lastPage: (doc) => doc.querySelector('a[rel="next"]')?.remove(),
    expand: ['a.js-toggle-show-more'],
  },
  {
    id: 'capterra',
    url: 'https://www.capterra.nl/software/1234/planbord/reviews',
    matches: ['https://www.capterra.com/p/135003/Slack/reviews/', 'https://www.capterra.nl/software/1234/planbord', 'https://www.capterra.co.uk/reviews/135003/slack'],
    notMatches: ['https://www.getapp.com/collaboration-software/a/slack/', 'https://capterra.example.org/'],
    count: 3,
    first: {
      // The page says "Algemeen", "Voordelen", "Nadelen"; the parts are found by test id.
      text:
        'Overall: We plannen er ons hele team mee.\n' +
        'Pros: Het weekoverzicht is duidelijk en verlof aanvragen gaat in twee klikken.\n' +
        'Cons: De app op mijn telefoon laadt traag en wisselen tussen weken duurt soms seconden. Ook de…',
      title: 'Overzichtelijk, maar traag op mobiel',
      author: 'Lotte V.',
      date: '2024-03-03',
      // The overall rating, not a sub-rating (ease of use 5, customer service 3).
      rating: { value: 4, min: 1, max: 5 },
      externalId: null,
    },
    firstElement: '[data-testid="review-card"]',
    others: [
      [1, { text: 'Pros: Goede koppeling met de boekhouding.\nCons: De prijs per gebruiker is hoog en de support reageert pas na dagen.', rating: { value: 2, min: 1, max: 5 } }],
      // An overall comment alone is not labelled.
      [2, { text: 'Prima roostertool, we zijn tevreden.', date: '2024-01-02' }],
    ],
    next: { button: '[data-testid="show-more-reviews"]' },
    lastPage: (doc) => doc.querySelector('[data-testid="show-more-reviews"]')?.remove(),
    expand: ['[data-testid="review-cons"] button'],
  },
  {
    id: 'yelp',
    url: 'https://www.yelp.com/biz/tacos-el-sol-san-francisco',
    matches: ['https://www.yelp.com/biz/tacos-el-sol-san-francisco', 'https://www.yelp.nl/biz/cafe-amsterdam', 'https://m.yelp.com/biz/x'],
    notMatches: ['https://www.yelpster.com/biz/x', 'https://www.tripadvisor.com/'],
    count: 3,
    first: {
      text: 'The carnitas burrito was huge and the salsa bar is fantastic. We waited almost 25 minutes on a Friday night and the tables were sticky, so I took one star off…',
      title: null,
      author: 'Jenny L.',
      date: '2024-03-03',
      rating: { value: 4, min: 1, max: 5 },
      externalId: 'Xy7aB3cD9eF1gH2iJ4kLm',
    },
    firstElement: '#reviews li',
    others: [
      // The owner's reply inside the item is not the reviewer's text, nor its date.
      [1, { text: 'Found a hair in my quesadilla and the manager just shrugged.', date: '2024-02-20', rating: { value: 1, min: 1, max: 5 } }],
      [2, { text: 'Los mejores tacos al pastor de la ciudad.', author: 'Ana P.' }],
    ],
    next: { href: 'https://www.yelp.com/biz/tacos-el-sol-san-francisco?start=10' },
    lastPage: (doc) => doc.querySelector('a.next-link')?.remove(),
    expand: ['button[aria-expanded="false"]'],
  },
  {
    id: 'tripadvisor',
    url: 'https://www.tripadvisor.com/Hotel_Review-g188590-d190569-Reviews-Hotel_de_Gracht-Amsterdam_North_Holland_Province.html',
    matches: ['https://www.tripadvisor.com/Hotel_Review-g1-d2-Reviews-X.html', 'https://www.tripadvisor.nl/Restaurant_Review-g1-d2-Reviews-X.html', 'https://www.tripadvisor.co.uk/Attraction_Review-g1-d2-Reviews-X.html'],
    notMatches: ['https://www.booking.com/hotel/nl/x.html', 'https://tripadvisor.example.com/'],
    count: 3,
    first: {
      text: 'Five minutes from Centraal and right on the canal. Breakfast was fresh and the staff helped us book a boat tour. Our room was very small though: one suitcase and…',
      title: 'Great location, tiny rooms',
      author: 'Jan J',
      date: '2024-03-05',
      rating: { value: 4, min: 1, max: 5 },
      externalId: '945612345',
    },
    firstElement: '[data-automation="reviewCard"]',
    others: [
      // The manager's reply (dated February 6) is not the review's date.
      [1, { author: 'Sabine K', date: '2024-02-02', rating: { value: 2, min: 1, max: 5 }, externalId: '944000111' }],
    ],
    next: { href: 'https://www.tripadvisor.com/Hotel_Review-g188590-d190569-Reviews-or10-Hotel_de_Gracht-Amsterdam_North_Holland_Province.html' },
    lastPage: (doc) => doc.querySelector('[data-smoke-attr="pagination-next-arrow"]')?.remove(),
    expand: ['[data-automation="reviewCard"] button'],
  },
  {
    id: 'booking',
    url: 'https://www.booking.com/hotel/nl/de-gracht.nl.html',
    matches: ['https://www.booking.com/hotel/nl/de-gracht.nl.html', 'https://www.booking.com/reviews/nl/hotel/de-gracht.nl.html', 'https://secure.booking.com/myreservations.html'],
    notMatches: ['https://www.booking.example.com/hotel/x', 'https://www.airbnb.nl/rooms/1'],
    count: 3,
    first: {
      text:
        'Liked: Super locatie aan de gracht en heerlijk ontbijt. Personeel was behulpzaam bij het reserveren van een rondvaart en het inchecken ging…\n' +
        'Disliked: De kamer was erg klein en de douche lekte.',
      title: 'Prima verblijf, kleine kamer',
      author: 'Sanne',
      date: '2025-11-09',
      // Booking's 1–10 score, "Cijfer 8,0".
      rating: { value: 8, min: 1, max: 10 },
      externalId: null,
    },
    firstElement: '[data-testid="review-card"]',
    others: [
      [1, { text: 'Disliked: Elke nacht lawaai van de bar beneden.', rating: { value: 5, min: 1, max: 10 }, author: 'Pieter' }],
      [2, { text: 'Liked: Alles was perfect.', rating: { value: 10, min: 1, max: 10 }, date: '2025-10-28' }],
    ],
    next: { button: 'button[aria-label="Volgende pagina"]' },
    lastPage: (doc) => doc.querySelector('button[aria-label="Volgende pagina"]')?.setAttribute('disabled', ''),
    expand: ['[data-testid="review-positive-text"] button'],
  },
];

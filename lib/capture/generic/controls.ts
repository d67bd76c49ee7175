import { childElements, isDisabled, isHidden } from './dom-helpers';

/**
 * Labels of "load more" and "read more" controls in the languages our users read.
 * Matching is on the whole (trimmed, lower-cased) label or its start, so "Show more
 * reviews (120)" matches and a paragraph merely containing "more" does not.
 */

export const LOAD_MORE_LABELS = [
  'load more', 'show more', 'see more', 'more reviews', 'more comments', 'more results', 'view more',
  'meer laden', 'toon meer', 'laad meer', 'meer tonen', 'meer bekijken', 'meer reviews',
  'mehr laden', 'mehr anzeigen', 'weitere laden', 'weitere anzeigen', 'mehr bewertungen',
  'voir plus', 'afficher plus', 'charger plus', 'plus d\'avis',
  'cargar más', 'ver más', 'mostrar más', 'más opiniones',
  'carica altri', 'mostra altri', 'mostra di più',
  'carregar mais', 'ver mais', 'mostrar mais',
  'vis flere', 'vis mer', 'visa fler', 'läs in fler', 'näytä lisää', 'pokaż więcej', 'załaduj więcej',
];

export const READ_MORE_LABELS = [
  'read more', 'show more', 'see more', 'more', 'expand', 'show full review', 'full review', 'continue reading', '…more', '... more',
  'lees meer', 'meer', 'toon meer', 'lees verder', 'meer lezen',
  'weiterlesen', 'mehr', 'mehr anzeigen', 'mehr lesen', 'alles anzeigen',
  'lire la suite', 'voir plus', 'plus', 'afficher plus',
  'leer más', 'ver más', 'más', 'mostrar más',
  'leggi tutto', 'leggi di più', 'mostra di più', 'altro',
  'ler mais', 'ver mais', 'mais',
  'les mer', 'vis mer', 'läs mer', 'visa mer', 'læs mere', 'vis mere', 'lue lisää', 'czytaj więcej', 'pokaż więcej',
];

export const NEXT_LABELS = [
  'next', 'next page', 'volgende', 'volgende pagina', 'weiter', 'nächste', 'nächste seite', 'suivant', 'page suivante',
  'siguiente', 'página siguiente', 'successivo', 'avanti', 'pagina successiva', 'próxima', 'seguinte', 'próxima página',
  'neste', 'nästa', 'næste', 'seuraava', 'następna', '›', '»', '→', '>',
];

export const CONTROL_SELECTOR = 'button, [role="button"], a, summary, [role="link"]';

export function labelOf(el: Element): string {
  const raw = el.getAttribute('aria-label') || (el.textContent ?? '') || el.getAttribute('title') || '';
  return raw.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Whole-label or label-start match: "Show more (24)" matches "show more", "Moreover…" does not. */
export function labelMatches(label: string, list: readonly string[]): boolean {
  if (!label || label.length > 60) return false;
  return list.some((w) => label === w || (label.startsWith(w) && !/[\p{L}]/u.test(label.charAt(w.length))));
}

export function usable(el: Element): boolean {
  return !isDisabled(el) && !isHidden(el);
}

/**
 * True when the control sits inside a repeated block (a review card, a comment): within a
 * few levels there is an ancestor with look-alike siblings and some text of its own.
 */
export function insideRepeatedBlock(el: Element): boolean {
  let cur = el.parentElement;
  for (let depth = 0; cur && depth < 5; depth++, cur = cur.parentElement) {
    if (cur.tagName === 'BODY' || cur.tagName === 'MAIN') return false;
    const parent = cur.parentElement;
    if (!parent) return false;
    const tag = cur.tagName;
    let twins = 0;
    for (const s of childElements(parent)) if (s !== cur && s.tagName === tag) twins++;
    const ownText = (cur.textContent ?? '').trim().length - (el.textContent ?? '').trim().length;
    if (twins >= 1 && ownText >= 40) return true;
  }
  return false;
}

/**
 * Which column is which, from its header, in English and in our users' languages (Dutch,
 * French, German, Spanish). Headers are compared as lower-case, accent-free words, so
 * "Opmerking(en)", "ResponseId" and "Submit Date (UTC)" match "opmerking", "response id"
 * and "submit date".
 */

/** "Submit Date (UTC)" → " submit date utc "; "ResponseId" → " response id ". Padded so phrases match whole words. */
export function headerWords(header: string): string {
  const words = header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return ` ${words} `;
}

function has(words: string, phrases: readonly string[]): boolean {
  return phrases.some((p) => words.includes(` ${p} `));
}

const SCORE = [
  'score', 'scores', 'rating', 'ratings', 'nps', 'cijfer', 'note', 'punkte', 'punten', 'stars', 'star',
  'sterren', 'ster', 'etoiles', 'sterne', 'estrellas', 'beoordeling', 'waardering', 'bewertung',
  'evaluation', 'puntuacion', 'calificacion', 'recommend', 'recommendation', 'aanbevelen', 'aanraden',
  'recommander', 'recommanderiez', 'empfehlen', 'weiterempfehlen', 'recomendar', 'recomendaria',
  'how likely', 'hoe waarschijnlijk', 'ces', 'effort', 'likelihood', 'csat', 'satisfaction',
  'tevredenheid', 'tevreden',
] as const;

const TEXT = [
  'comment', 'comments', 'text', 'review', 'reviews', 'feedback', 'opmerking', 'opmerkingen', 'toelichting',
  'commentaar', 'explication', 'commentaire', 'commentaires', 'kommentar', 'kommentare', 'comentario',
  'comentarios', 'antwoord', 'why', 'waarom', 'reason', 'reden', 'raison', 'pourquoi', 'warum', 'grund',
  'begrundung', 'motivo', 'por que', 'open ended response', 'verbatim', 'body', 'message', 'suggestion',
  'suggestions', 'improve', 'verbeteren', 'ameliorer', 'verbessern', 'mejorar',
] as const;

/** Priority by phrase: the moment of submission beats the start of the survey. */
const DATE: readonly (readonly [string, number])[] = [
  ['submit date', 4], ['date submitted', 4], ['submitted', 4], ['submitted at', 4], ['recorded date', 4], ['end date', 3],
  ['created at', 4], ['created', 3], ['timestamp', 4], ['tijdstempel', 4], ['horodatage', 4], ['zeitstempel', 4],
  ['ingediend', 4], ['date', 2], ['datum', 2], ['fecha', 2], ['datetime', 2], ['start date', 1],
];

const AUTHOR = ['author', 'auteur', 'autor', 'naam', 'name', 'nom', 'nombre', 'reviewer', 'respondent', 'customer name', 'klant'] as const;
/** Names that are not a person's (or are an e-mail address, which is never shown as an author). */
const NOT_AUTHOR = ['id', 'email', 'mail', 'e mail', 'first', 'last', 'company', 'bedrijf', 'product', 'file', 'url', 'user id', 'voornaam', 'achternaam', 'recipient'] as const;

const ID = ['id', 'response id', 'respondent id', 'submission id', 'record id', 'token', 'response token', 'uuid'] as const;

const TITLE = ['title', 'titel', 'titre', 'subject', 'onderwerp', 'headline', 'betreff', 'asunto', 'summary'] as const;

/** Columns that are never the comment, even when their cells are long (URLs, user agents). */
const METADATA = [
  'url', 'link', 'permalink', 'email', 'e mail', 'mail', 'ip', 'ip address', 'browser', 'os', 'device',
  'country', 'city', 'region', 'language', 'lang', 'tags', 'status', 'source', 'user agent', 'referrer',
  'referer', 'id', 'token', 'notes', 'properties', 'screenshot',
] as const;

export const looksLikeScore = (w: string): boolean => has(w, SCORE);
export const looksLikeText = (w: string): boolean => has(w, TEXT);
export const looksLikeTitle = (w: string): boolean => has(w, TITLE);
export const looksLikeMetadata = (w: string): boolean => has(w, METADATA);

/** 0 when the header is not a date, else a priority (higher wins). */
export function datePriority(w: string): number {
  return DATE.reduce((best, [p, n]) => (has(w, [p]) ? Math.max(best, n) : best), 0);
}

export function looksLikeAuthor(w: string): boolean {
  return has(w, AUTHOR) && !has(w, NOT_AUTHOR);
}

/** 0 when the header is not a response id, else a priority: Typeform's "#" and exact names first. */
export function idPriority(raw: string, w: string): number {
  if (raw.trim() === '#') return 3;
  if (ID.some((p) => w === ` ${p} `)) return 3;
  return 0;
}

/** The header names a 0–10 question ("how likely … recommend", "NPS", "0-10"). */
export function namesNps(w: string): boolean {
  return has(w, ['nps', 'recommend', 'recommendation', 'aanbevelen', 'aanraden', 'recommander', 'recommanderiez', 'empfehlen', 'weiterempfehlen', 'recomendar', 'recomendaria', 'likelihood', 'how likely', 'hoe waarschijnlijk', '0 10']);
}

export function namesStars(w: string): boolean {
  return has(w, ['star', 'stars', 'rating', 'ratings', 'sterren', 'ster', 'etoiles', 'sterne', 'estrellas', 'beoordeling', 'waardering', 'bewertung', 'evaluation', 'calificacion']);
}

export function namesEffort(w: string): boolean {
  return has(w, ['ces', 'effort', 'moeite', 'inspanning', 'aufwand', 'esfuerzo']);
}

/** An explicit range in the header: "(1-5)", "0 to 10", "1 tot 7", "van 1 tot 10". */
export function explicitRange(raw: string): { min: number; max: number } | null {
  const m = /\b([01])\s*(?:-|–|to|tot|à|a|bis|t\/m)\s*(5|7|10)\b/i.exec(raw);
  return m ? { min: Number(m[1]), max: Number(m[2]) } : null;
}

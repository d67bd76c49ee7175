/**
 * Column and question headers that name a score, a comment, a date, an author or an id,
 * in English and in our users' languages (nl, de, fr, es, it, pt). Content checks decide
 * wherever headers say nothing; these only break ties and resolve look-alike columns.
 */

export const SCORE_HEADER = /\b(?:nps|score|rating|likely|recommend|cijfer|aanbevelen|aanraden|waarschijnlijk|note|recommander|recommanderiez|punkte|bewertung|empfehlen|wahrscheinlich|puntuaci[oó]n|recomendar[ií]a|recomendar|probable|voto|consiglieresti|0\s*[-–]\s*10)/i;
export const TEXT_HEADER = /\b(?:comments?|why|reason|feedback|text|review|explain|opmerking|toelichting|waarom|reden|commentaar|kommentar|warum|grund|commentaire|pourquoi|raison|explication|comentario|por\s*qu[eé]|motivo|perch[eé])/i;
export const DATE_HEADER = /\b(?:date|datum|submitted|created|recorded|fecha|data|time|zeit|heure)\b/i;
export const AUTHOR_HEADER = /\b(?:name|naam|nom|nombre|author|auteur|autor|customer|klant|kunde|client|cliente|email|e-mail)\b/i;
export const ID_HEADER = /^#$|\bid\b|response\s*(?:id|#)|respondent\s*(?:id|#)|^nr\.?$|^no\.?$/i;

/**
 * One tokenisation of a comment, shared by sentiment and theme matching so the text is
 * read by wink-nlp once.
 */
export interface Token {
  /** The token as written. */
  text: string;
  /** Lower-case normal form. */
  norm: string;
  /** Lemma (English); for other languages the normal form. */
  lemma: string;
  /** Universal POS tag from wink ('NOUN', 'ADJ', …); 'X' when not computed. */
  pos: string;
  /** Character offsets into the original text, end exclusive. */
  start: number;
  end: number;
  /** Index of the sentence holding the token. */
  sentence: number;
}

export interface SentenceView {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
}

export interface TokenView {
  text: string;
  tokens: Token[];
  sentences: SentenceView[];
}

import type { Lang } from '../../types';

/**
 * Everything language-specific the sentiment scorer needs. The scoring rules
 * (negation scope, intensity, contrast, aggregation) are shared; a language
 * brings its words. Keys are lower-case normalised token text; phrases are
 * space-separated token sequences.
 */
export interface LexiconPack {
  lang: Lang;
  /** Single words → valence, roughly −4..4 (AFINN-like scale). */
  words: ReadonlyMap<string, number>;
  /** Multi-word feedback phrasing ("keeps crashing", "waste of money", "niet waard") → valence. Phrases win over their words. */
  phrases: ReadonlyMap<string, number>;
  /** Words that flip the polarity of what follows within their scope ("not", "never", "niet", "geen"). */
  negators: ReadonlySet<string>;
  /** Multipliers > 1 ("very" 1.3, "extremely" 1.5, "heel" 1.3). */
  intensifiers: ReadonlyMap<string, number>;
  /** Multipliers < 1 ("a bit" 0.6, "slightly" 0.6, "beetje" 0.6). May be multi-word. */
  downtoners: ReadonlyMap<string, number>;
  /** Contrast markers: the clause after them weighs more ("but", "however", "maar", "echter"). */
  contrastAfter: ReadonlySet<string>;
  /** Concessive markers: the clause they open weighs less ("although", "though", "hoewel", "ondanks"). */
  contrastBefore: ReadonlySet<string>;
}

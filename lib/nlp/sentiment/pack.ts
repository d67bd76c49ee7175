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
  /** Optional: excess markers ("too", "overly"): before a neutral adjective or adverb they make it a complaint ("too small"). Needs POS, so only languages with POS use it. */
  excess?: ReadonlySet<string>;
  /** Optional: words that count only with these POS tags ("like" as a verb, not "looks like"); ignored where POS is 'X'. */
  posGated?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Optional: irrealis markers ("expected", "should have", "hoping"): praise after them is what was missing ("I expected better"). */
  irrealis?: ReadonlySet<string>;
  /** Optional: sufficiency words ("enough"): "not loud enough" is a complaint whatever "loud" scores. */
  enough?: ReadonlySet<string>;
  /** Optional: words opening an open question ("why", "how"): it is dampened less than a yes/no question, being often rhetorical. Without it every question counts as yes/no. */
  openQuestionWords?: ReadonlySet<string>;
}

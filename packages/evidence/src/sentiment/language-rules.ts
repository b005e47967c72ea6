/**
 * What the sentiment engine knows about one language: the words that turn or scale a feeling, the
 * phrases and patterns customer feedback says it with, and a base lexicon for everything else. All
 * text is matched lower-cased and folded (accents removed, ß → ss), so "atencion" and "atención",
 * "fur" and "für" match alike; write entries folded.
 */
export interface LanguageRules {
  /** Words that turn the feeling of the next three words ("not", "never", "nicht", "nunca"). */
  negators: readonly string[];
  /** Words that strengthen the next word ("very", "really", "muy", "sehr"). */
  boosters: readonly string[];
  /** Words that soften the next word ("a bit", "slightly", "algo", "etwas"). */
  softeners: readonly string[];
  /**
   * Words that turn a sentence ("but", "pero", "aber"): what comes before counts half, what comes
   * after one and a half times (the customer's conclusion usually follows them).
   */
  contrasts: readonly string[];
  /**
   * Phrases and patterns with their valence on AFINN's −5..+5 scale, matched before single words;
   * the words they cover are not scored again. Strings are whole phrases (folded); regular expressions
   * are used as given (flags `gu` are added). Idioms ("to die for"), negated set phrases ("no
   * complaints"), factual complaints ("waited 40 minutes", "never came back", "charged twice"),
   * suggestions (valence 0: "would be nice" is not praise).
   */
  phrases: readonly (readonly [string | RegExp, number])[];
  /** Single words with a valence that overrides the base lexicon (CX words: "rude", "cold", "refund"). */
  words: Readonly<Record<string, number>>;
  /**
   * Marks of sarcasm: with any of them, the praise in a comment is read as its opposite ("Oh great,
   * another forty minute wait 🙄").
   */
  sarcasm: readonly RegExp[];
  /** Verdicts that make a comment middling whatever else it says ("average overall", "it was ok", "ni fu ni fa"). */
  middling: readonly RegExp[];
  /** Words that mark a complaint as minor ("only", "slightly": "only gripe is the music"). */
  minor: readonly string[];
  /** The base lexicon's valence of one folded word (AFINN for English, SentiCon for Spanish and German). */
  base(word: string): number | undefined;
}

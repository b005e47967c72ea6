/// <reference path="./nlpjs.d.ts" />
import { StemmerDe } from "@nlpjs/lang-de";

let stemmer: StemmerDe | undefined;
const stems = new Map<string, string>();
/** Enough for the vocabulary of a large import; past it the memory starts again (no unbounded growth). */
const MEMO_LIMIT = 50_000;

/**
 * The Snowball stem of one folded German word (nlp.js `StemmerDe`), remembered: an import meets the
 * same few thousand words again and again.
 *
 * @example
 * germanStem("unfreundlichen"); // "unfreund"
 * germanStem("lieferverzogerung"); // "lieferverzoger"
 */
export function germanStem(word: string): string {
  let stem = stems.get(word);
  if (stem !== undefined) return stem;
  stemmer ??= new StemmerDe();
  stem = stemmer.tokenizeAndStem(word, true)[0] ?? word;
  if (stems.size >= MEMO_LIMIT) stems.clear();
  stems.set(word, stem);
  return stem;
}

/** The shortest head of a compound looked up ("zeit" is too short to trust: "hochzeit", "mahlzeit"). */
const HEAD = 5;
/** The shortest modifier before it ("superlecker", "kundenfreundlich"), except the prefix "un". */
const MODIFIER = 3;
/** The longest ending the German stemmer takes off ("-lichkeit"). */
const ENDING = 8;
/** Heads too weak to carry a compound. */
const WEAK_HEAD = 1.5;

/** Words of the lexicon whose stem or tail means something else. */
export interface StemLexiconLimits {
  /**
   * Matched as written only: their stem is another word's ("lecker" → "leck", a leak; "spat" →
   * "spater"; "verlasslich" → "verlassen").
   */
  exact?: readonly string[];
  /** Never a compound's head: a plain noun or a common tail there ("Businessklasse", "Vignette"). */
  notHeads?: readonly string[];
}

/**
 * A German valence lookup by stem: `words` (folded word forms with their valence) match every
 * inflection of theirs ("leckeres", "unfreundlichen"), and a compound unknown as a whole takes the
 * valence of its longest known head ("Lieferverzögerung", "superfreundlich", "stinklangweilig"),
 * turned by the prefix "un" ("unzuverlässig", "unkompliziert"); else `fallback`. Remembered per word.
 *
 * @example
 * const valence = germanStemLexicon({ freundlich: 3, verzogerung: -2 }, () => undefined);
 * valence("freundlichen"); // 3
 * valence("lieferverzogerung"); // -2
 */
export function germanStemLexicon(
  words: Readonly<Record<string, number>>,
  fallback: (word: string) => number | undefined,
  { exact = [], notHeads = [] }: StemLexiconLimits = {},
): (word: string) => number | undefined {
  // By stem: every form of "lecker" ("leckere", "leckeres") is left to the word list itself.
  const stemmed = (skip: readonly string[]) => {
    const skipped = new Set(skip.map(germanStem));
    return new Map(
      Object.entries(words)
        .map(([form, valence]) => [germanStem(form), valence] as const)
        .filter(([stem]) => !skipped.has(stem)),
    );
  };
  let byStem: Map<string, number> | undefined;
  let heads: Map<string, number> | undefined;
  const known = new Map<string, number | undefined>();
  const lookup = (word: string): number | undefined => {
    byStem ??= stemmed(exact);
    heads ??= stemmed([...exact, ...notHeads]);
    const own = byStem.get(germanStem(word));
    if (own !== undefined) return own;
    if (!/^\p{L}+$/u.test(word)) return fallback(word);
    for (let at = 2; word.length - at >= HEAD; at++) {
      if (at === 2 ? !word.startsWith("un") : at < MODIFIER) continue;
      const tail = word.slice(at);
      // A stem is the word less an ending of at most ENDING letters: stem the tail only when one fits.
      let fits = false;
      for (let cut = Math.max(1, tail.length - ENDING); cut <= tail.length && !fits; cut++)
        fits = heads.has(tail.slice(0, cut));
      if (!fits) continue;
      const head = heads.get(germanStem(tail));
      if (head === undefined || Math.abs(head) < WEAK_HEAD) continue;
      return at === 2 ? -0.8 * head : head;
    }
    return fallback(word);
  };
  return (word) => {
    if (known.has(word)) return known.get(word);
    const valence = lookup(word);
    if (known.size >= MEMO_LIMIT) known.clear();
    known.set(word, valence);
    return valence;
  };
}

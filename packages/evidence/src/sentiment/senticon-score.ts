/// <reference path="./nlpjs.d.ts" />
import { SentimentDe, StemmerDe } from "@nlpjs/lang-de";
import { SentimentEs, StemmerEs } from "@nlpjs/lang-es";
import { emojiValence } from "./languages/emoji.js";

/** Languages scored with an nlp.js SentiCon lexicon (stems scored -1..1). */
export type SenticonLanguage = "es" | "de";

interface Lexicon {
  stem(text: string): string[];
  scores: Record<string, number>;
}

const lexicons: Partial<Record<SenticonLanguage, Lexicon>> = {};

function lexicon(language: SenticonLanguage): Lexicon {
  const made = lexicons[language];
  if (made) return made;
  const [stemmer, data] = language === "es" ? [new StemmerEs(), SentimentEs] : [new StemmerDe(), SentimentDe];
  const stem = (text: string) => stemmer.tokenizeAndStem(text, true);
  const created = { stem, scores: data.senticon };
  lexicons[language] = created;
  return created;
}

/**
 * The SentiCon valence of one word (its nlp.js stem's score, −1..1), or undefined when the lexicon does
 * not know it.
 *
 * @example
 * senticonValence("horrible", "es"); // about -0.9
 */
export function senticonValence(word: string, language: SenticonLanguage): number | undefined {
  const { stem, scores } = lexicon(language);
  const stems = stem(word);
  return stems.length === 1 ? scores[stems[0]!] : undefined;
}

/** The least SentiCon score (−1..1) that counts: SentiCon scores many plain nouns a little ("pedido"). */
const SENTICON_CLEAR = 0.4;

/**
 * A language's base lexicon for the sentiment rules: SentiCon's clear words on AFINN's scale (× 3),
 * else the emoji scores.
 *
 * @example
 * senticonBase("es")("horrible"); // about -2.7
 */
export function senticonBase(language: SenticonLanguage): (word: string) => number | undefined {
  return (word) => {
    const valence = senticonValence(word, language);
    if (valence === undefined) return emojiValence(word);
    return Math.abs(valence) >= SENTICON_CLEAR ? valence * 3 : undefined;
  };
}

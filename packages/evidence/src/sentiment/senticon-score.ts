/// <reference path="./nlpjs.d.ts" />
import { SentimentDe, StemmerDe } from "@nlpjs/lang-de";
import { SentimentEs, StemmerEs } from "@nlpjs/lang-es";

/** Languages scored with an nlp.js SentiCon lexicon (stems scored -1..1). */
export type SenticonLanguage = "es" | "de";

interface Lexicon {
  stem(text: string): string[];
  scores: Record<string, number>;
  negations: Set<string>;
}

const lexicons: Partial<Record<SenticonLanguage, Lexicon>> = {};

function lexicon(language: SenticonLanguage): Lexicon {
  const made = lexicons[language];
  if (made) return made;
  const [stemmer, data] = language === "es" ? [new StemmerEs(), SentimentEs] : [new StemmerDe(), SentimentDe];
  const stem = (text: string) => stemmer.tokenizeAndStem(text, true);
  const created = {
    stem,
    scores: data.senticon,
    // The words and their stems ("nunca" is stemmed "nunc").
    negations: new Set(data.negations.words.flatMap((word) => [word, ...stem(word)])),
  };
  lexicons[language] = created;
  return created;
}

/** How many tokens after a negation word ("no", "nicht", "kein") have their score flipped. */
const NEGATION_REACH = 3;

/**
 * Spanish or German text scored with the SentiCon lexicon of nlp.js (`@nlpjs/lang-es`, `-de`): the
 * text is tokenized and stemmed by nlp.js, each stem found in the lexicon adds its score (-1..1), and
 * a negation word flips the scores of the next three tokens. Returns the sum and the token count.
 */
export function senticonScore(text: string, language: SenticonLanguage): { sum: number; tokens: number } {
  const { stem, scores, negations } = lexicon(language);
  const tokens = stem(text);
  let sum = 0;
  let negatedUntil = -1;
  tokens.forEach((token, i) => {
    if (negations.has(token)) {
      negatedUntil = i + NEGATION_REACH;
      return;
    }
    const score = scores[token];
    if (score !== undefined) sum += i <= negatedUntil ? -score : score;
  });
  return { sum, tokens: tokens.length };
}

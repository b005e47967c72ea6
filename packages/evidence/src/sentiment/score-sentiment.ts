import { createId, type Metric } from "@journeykit/core";
import Sentiment from "sentiment";
import { type SenticonLanguage, senticonScore } from "./senticon-score.js";

// Made on first use, never at import: a host that never scores text does not build the lexicon's
// analyzer (and a bundler can drop the module).
let analyzer: Sentiment | undefined;

/** Sentiment of one piece of feedback text. */
export interface SentimentScore {
  /** Lexicon sum over the words (AFINN: each word −5..+5; SentiCon, scaled ×5 to match). */
  score: number;
  /** score / number of words. */
  comparative: number;
  /** On the emotion scale: integer −3..3. */
  emotionScore: number;
  /** For a `sentiment` metric or a quote: −1..1. */
  sentimentValue: number;
  /** The lexicon used: `"en"` (AFINN-165), `"es"` or `"de"` (SentiCon via nlp.js). */
  language: "en" | SenticonLanguage;
  /** English only: the words that scored positive and negative. */
  positive: string[];
  negative: string[];
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value));

/** The lexicon language for a BCP 47 locale: Spanish and German have their own, everything else English. */
export function sentimentLanguage(locale: string | undefined): "en" | SenticonLanguage {
  const language = (locale ?? "en").toLowerCase().split(/[-_]/)[0];
  return language === "es" || language === "de" ? language : "en";
}

/**
 * Score feedback text for sentiment. English: the AFINN-165 lexicon of the maintained `sentiment`
 * package, whose negation handling flips a word after "not", "don't", "never" ... Spanish and German
 * (`locale` "es…" / "de…"): the SentiCon lexicons of nlp.js with their stemmers, a negation word ("no",
 * "nunca", "nicht", "kein") flipping the next three words; SentiCon's −1..1 scores are multiplied by 5
 * to sit on AFINN's scale. Mapping, the same for all: `sentimentValue = tanh(1.5 × comparative)`
 * (comparative = lexicon sum per word; typical feedback lies within ±1, and tanh keeps the result in
 * −1..1 without a hard cut); `emotionScore = round(sentimentValue × 3)`.
 *
 * @example
 * scoreSentiment("The food was cold and the waiter was rude").emotionScore; // -1
 * scoreSentiment("La comida estaba fría y el camarero fue grosero", "es").sentimentValue < 0; // true
 */
export function scoreSentiment(text: string, locale?: string): SentimentScore {
  const language = sentimentLanguage(locale);
  let score: number;
  let comparative: number;
  let positive: string[] = [];
  let negative: string[] = [];
  if (language === "en") {
    analyzer ??= new Sentiment();
    const result = analyzer.analyze(text);
    score = result.score;
    comparative = result.comparative;
    positive = result.positive;
    negative = result.negative;
  } else {
    const result = senticonScore(text, language);
    score = result.sum * 5;
    comparative = result.tokens > 0 ? score / result.tokens : 0;
  }
  const sentimentValue = Number(Math.tanh(1.5 * comparative).toFixed(3)) + 0;
  return {
    score: Number(score.toFixed(3)) + 0,
    comparative: Number(comparative.toFixed(4)) + 0,
    emotionScore: clamp(Math.round(sentimentValue * 3), -3, 3) + 0,
    sentimentValue,
    language,
    positive,
    negative,
  };
}

/**
 * A `sentiment` metric (−1..1) from a set of feedback texts: the mean `sentimentValue`, with the
 * sample size; attach it to a stage or touchpoint.
 *
 * @example
 * sentimentMetric(["Loved the barista", "Waited forever"], { stageId: collect.id });
 */
export function sentimentMetric(
  feedback: readonly string[],
  where: { stageId?: string; touchpointId?: string; label?: string; locale?: string } = {},
): Metric {
  const { locale, ...place } = where;
  const values = feedback.map((text) => scoreSentiment(text, locale).sentimentValue);
  const value = values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
  return {
    id: createId("metric"),
    kind: "sentiment",
    value: Number(value.toFixed(3)),
    sampleSize: values.length,
    source: sentimentLanguage(locale) === "en" ? "AFINN-165 lexicon" : "SentiCon lexicon (nlp.js)",
    ...place,
  };
}

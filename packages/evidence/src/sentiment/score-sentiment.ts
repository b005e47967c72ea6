import { createId, type Metric } from "@journeykit/core";
import Sentiment from "sentiment";

// Made on first use, never at import: a host that never scores text does not build the lexicon's
// analyzer (and a bundler can drop the module).
let analyzer: Sentiment | undefined;

/** Sentiment of one piece of feedback text. */
export interface SentimentScore {
  /** AFINN sum over the words (each word −5..+5). */
  score: number;
  /** score / number of words. */
  comparative: number;
  /** On the emotion scale: integer −3..3. */
  emotionScore: number;
  /** For a `sentiment` metric: −1..1. */
  sentimentValue: number;
  positive: string[];
  negative: string[];
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value));

/**
 * Score feedback text with the AFINN-165 lexicon (the maintained `sentiment` package). Mapping:
 * `sentimentValue = tanh(1.5 × comparative)` (comparative = AFINN sum per word; typical feedback lies
 * within ±1, and tanh keeps the result in −1..1 without a hard cut); `emotionScore =
 * round(sentimentValue × 3)`, so one mildly negative word in a sentence reads −1 and a string of
 * strongly positive words reads +3.
 *
 * @example
 * scoreSentiment("The food was cold and the waiter was rude").emotionScore; // -1
 */
export function scoreSentiment(text: string): SentimentScore {
  analyzer ??= new Sentiment();
  const result = analyzer.analyze(text);
  const sentimentValue = Number(Math.tanh(1.5 * result.comparative).toFixed(3)) + 0;
  return {
    score: result.score,
    comparative: Number(result.comparative.toFixed(4)),
    emotionScore: clamp(Math.round(sentimentValue * 3), -3, 3) + 0,
    sentimentValue,
    positive: result.positive,
    negative: result.negative,
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
  where: { stageId?: string; touchpointId?: string; label?: string } = {},
): Metric {
  const values = feedback.map((text) => scoreSentiment(text).sentimentValue);
  const value = values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
  return {
    id: createId("metric"),
    kind: "sentiment",
    value: Number(value.toFixed(3)),
    sampleSize: values.length,
    source: "AFINN-165 lexicon",
    ...where,
  };
}

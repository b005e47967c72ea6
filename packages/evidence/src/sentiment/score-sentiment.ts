import { createId, type Metric } from "@journeykit/core";
import { primaryLanguage } from "../language/primary-language.js";
import { detectLanguage } from "./detect-language.js";
import type { LanguageRules } from "./language-rules.js";
import { english } from "./languages/english.js";
import { german } from "./languages/german.js";
import { spanish } from "./languages/spanish.js";
import { type CompiledRules, compileRules, scoreText } from "./score-text.js";
import {
  type ModelLabel,
  type SentimentModel,
  type TrainingSet,
  trainSentimentModel,
} from "./sentiment-model.js";
// biome-ignore lint/correctness/useImportExtensions: a JSON module keeps its extension
import deTraining from "./training/de.json" with { type: "json" };
// biome-ignore lint/correctness/useImportExtensions: a JSON module keeps its extension
import enTraining from "./training/en.json" with { type: "json" };
// biome-ignore lint/correctness/useImportExtensions: a JSON module keeps its extension
import esTraining from "./training/es.json" with { type: "json" };

/** How a comment reads: for, against, or neither. */
export type SentimentLabel = "positive" | "negative" | "neutral";

/** The languages with their own sentiment rules; every other comment is scored with the English ones. */
export type SentimentRulesLanguage = "en" | "es" | "de";

/** Sentiment of one piece of feedback text. */
export interface SentimentScore {
  /** The weighted sum of what the rules found (AFINN's scale: one strong word is ±3 to ±5). */
  score: number;
  /** score / number of words. */
  comparative: number;
  /** On the emotion scale: integer −3..3. */
  emotionScore: number;
  /** For a `sentiment` metric or a quote: −1..1. */
  sentimentValue: number;
  /** `"positive"` from `SENTIMENT_THRESHOLDS.positive` up, `"negative"` from `.negative` down, else neutral. */
  label: SentimentLabel;
  /** The language the comment is written in, as detected (BCP 47 primary tag: "en", "es", "de", "fr", ...). */
  language: string;
  /** The rules it was scored with: its own language's, else the English ones. */
  rules: SentimentRulesLanguage;
  /** The words and phrases that counted for and against (folded). */
  positive: string[];
  negative: string[];
}

/**
 * Where the labels start on the −1..1 `sentimentValue`: a comment is positive from +0.2 and negative
 * from −0.2; between them, neutral. Chosen on the tuning half of the labelled corpora (never on the
 * test half); a single mild word ("ok", "average") stays neutral, one clear word ("rude", "lovely")
 * does not.
 */
export const SENTIMENT_THRESHOLDS = { positive: 0.3, negative: -0.3 } as const;

const RULES: Record<SentimentRulesLanguage, LanguageRules> = { en: english, es: spanish, de: german };
const compiled: Partial<Record<SentimentRulesLanguage, CompiledRules>> = {};
// Compiled on first use, never at import: a host that never scores text does not build them.
const rulesFor = (language: SentimentRulesLanguage) => (compiled[language] ??= compileRules(RULES[language]));

const TRAINING: Record<SentimentRulesLanguage, TrainingSet> = {
  en: enTraining as unknown as TrainingSet,
  es: esTraining as unknown as TrainingSet,
  de: deTraining as unknown as TrainingSet,
};
const models: Partial<Record<SentimentRulesLanguage, SentimentModel>> = {};

/** The label of a value on −1..1, by `SENTIMENT_THRESHOLDS`. */
function labelOf(value: number): SentimentLabel {
  return value >= SENTIMENT_THRESHOLDS.positive
    ? "positive"
    : value <= SENTIMENT_THRESHOLDS.negative
      ? "negative"
      : "neutral";
}

// Trained on first use from the comments in ./training (a few thousand: tens of milliseconds).
function modelFor(language: SentimentRulesLanguage): SentimentModel {
  const rules = rulesFor(language);
  models[language] ??= trainSentimentModel(
    TRAINING[language],
    rules.negators,
    (text) => scoreText(text, rules).value,
    language,
  );
  return models[language];
}

/** The rules language for a BCP 47 locale: Spanish and German have their own, everything else English. */
export function sentimentLanguage(locale: string | undefined): SentimentRulesLanguage {
  const language = primaryLanguage(locale);
  return language === "es" || language === "de" ? language : "en";
}

/** The respondent's own rating of what the comment is about, on its scale (an NPS answer, stars, CSAT). */
export interface RespondentRating {
  value: number;
  min: number;
  max: number;
}

/** Options of `scoreSentiment`. */
export interface ScoreSentimentOptions {
  /**
   * The rating the same person gave. A clear rating (the top fifth of its scale, or its bottom 40%)
   * anchors the comment's polarity unless the text clearly says the opposite (|value| ≥ 0.6): a
   * "Booked online, 2 weeks for an appointment" beside a 3 out of 10 reads negative.
   */
  rating?: RespondentRating;
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value));

/** `value` moved just inside the band of `label` when it lies outside it. */
function inBand(value: number, label: SentimentLabel): number {
  const { positive, negative } = SENTIMENT_THRESHOLDS;
  if (label === "positive") return Math.max(value, positive);
  if (label === "negative") return Math.min(value, negative);
  return clamp(value, negative + 0.01, positive - 0.01);
}

/**
 * The polarity a respondent's rating gives their comment: 1 (the top fifth of its scale), −1 (its
 * bottom 40 %) or 0 (a middling rating, which anchors nothing).
 *
 * @example
 * ratingAnchor({ value: 9, min: 0, max: 10 }); // 1
 */
export function ratingAnchor(rating: RespondentRating): -1 | 0 | 1 {
  const span = rating.max - rating.min;
  if (!(span > 0) || !Number.isFinite(rating.value)) return 0;
  const share = (rating.value - rating.min) / span;
  return share >= 0.8 ? 1 : share <= 0.4 ? -1 : 0;
}

/**
 * Score customer feedback: the comment's language is detected (`locale`, the map's language, is the
 * fallback for comments too short to tell), then it is read with that language's rules (English,
 * Spanish, German; others with the English ones): phrases and patterns of customer feedback first
 * (factual complaints such as "waited 40 minutes", "never came back", "charged twice"; idioms such as
 * "to die for", "a rip-off"; set negations such as "no complaints"; suggestions, which are not
 * praise), then single words from a CX word list and a base lexicon (AFINN-165 for English, SentiCon
 * for Spanish and German), with negation, boosters, softeners, capitals, contrast ("but": the
 * conclusion weighs more), minor complaints ("only"), sarcasm marks, exclamation marks and ratings in
 * the text ("2/10"). `sentimentValue = sum / √(sum² + 15)`; `emotionScore = round(3 × sentimentValue)`;
 * `label` by `SENTIMENT_THRESHOLDS`. Measured on the labelled corpora in `test/corpus` (a tuning half
 * and a test half never tuned on): `pnpm --filter @journeykit/evidence bench`.
 *
 * @example
 * scoreSentiment("Waited 25 minutes past my appointment time").label; // "negative"
 * scoreSentiment("Absolutely no complaints, 10/10").label; // "positive"
 * scoreSentiment("La comida estaba fría y el camarero fue grosero").language; // "es"
 */
export function scoreSentiment(
  text: string,
  locale?: string,
  options: ScoreSentimentOptions = {},
): SentimentScore {
  const language = detectLanguage(text, primaryLanguage(locale));
  const rules = sentimentLanguage(language);
  const result = scoreText(text, rulesFor(rules));
  // The model reads the words the rules do not know, with the rules' verdict as one of its features;
  // the value is the mean of the rules' and the model's (P(positive) − P(negative)), kept in the band
  // of the label the model chose.
  const posterior = modelFor(rules).classify(text, result.value);
  const label = (Object.keys(posterior) as ModelLabel[]).reduce((a, b) =>
    posterior[b] > posterior[a] ? b : a,
  );
  let value = inBand((result.value + posterior.positive - posterior.negative) / 2, label);
  const anchor = options.rating ? ratingAnchor(options.rating) : 0;
  if (anchor !== 0 && labelOf(value) !== (anchor > 0 ? "positive" : "negative") && Math.abs(value) < 0.6)
    value = anchor * (SENTIMENT_THRESHOLDS.positive + 0.05);
  const sentimentValue = Number(value.toFixed(3)) + 0;
  const words = text.split(/\s+/).filter(Boolean).length;
  return {
    score: result.sum,
    comparative: words > 0 ? Number((result.sum / words).toFixed(4)) + 0 : 0,
    emotionScore: clamp(Math.round(sentimentValue * 3), -3, 3) + 0,
    sentimentValue,
    label: labelOf(sentimentValue),
    language,
    rules,
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
    source: "journeykit feedback sentiment (CX rules on AFINN-165 / SentiCon)",
    ...place,
  };
}

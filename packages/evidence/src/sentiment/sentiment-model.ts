import { germanFeatures } from "./german-features.js";
import { fold } from "./score-text.js";
import { classifySoftmax, trainSoftmax } from "./softmax-regression.js";

/** A label of the sentiment model. */
export type ModelLabel = "positive" | "negative" | "neutral";
const LABELS: readonly ModelLabel[] = ["positive", "negative", "neutral"];

/** Labelled comments a model is trained on: `[text, label]`. */
export type TrainingSet = readonly (readonly [string, ModelLabel])[];

const WORD = /<3|[:;][-']?[)(dp/]|\p{Extended_Pictographic}|[\p{L}\p{N}]+(?:'[\p{L}]+)?|[!?]/gu;
/** Where a negation's reach ends. */
const CLAUSE_END = /^[.!?;,]$/;

/** How strongly the rules lean, as a feature: their label alone loses how sure they were. */
export function ruleStrength(value: number): string {
  return value <= -0.6
    ? "strong-negative"
    : value >= 0.6
      ? "strong-positive"
      : value <= -0.15
        ? "leans-negative"
        : value >= 0.15
          ? "leans-positive"
          : "flat";
}

/**
 * The features of a comment: its folded words and emoji, each word after a negator (up to the next
 * comma or full stop) marked `not_`, the pairs of neighbouring words, and the rule engine's verdict
 * and strength (`rules:negative`, `rules:leans-negative`): the rules see patterns words alone do not.
 *
 * @example
 * commentFeatures("Not good, cold food", new Set(["not"]), -0.7);
 * // ["not", "not_good", "cold", "food", "not good", "good cold", "cold food", "rules:negative", "rules:strong-negative"]
 */
export function commentFeatures(text: string, negators: ReadonlySet<string>, rulesValue: number): string[] {
  const features: string[] = [];
  const words: string[] = [];
  let negated = false;
  for (const token of fold(text).split(/(?=[.,;])|\s+/)) {
    for (const piece of token.match(WORD) ?? (CLAUSE_END.test(token) ? [token] : [])) {
      if (CLAUSE_END.test(piece)) {
        negated = false;
        continue;
      }
      features.push(negated ? `not_${piece}` : piece);
      words.push(piece);
      if (negators.has(piece) || piece.endsWith("n't")) negated = true;
    }
    if (/[.,;!?]$/.test(token)) negated = false;
  }
  for (let i = 1; i < words.length; i++) features.push(`${words[i - 1]} ${words[i]}`);
  const verdict = rulesValue >= 0.3 ? "positive" : rulesValue <= -0.3 ? "negative" : "neutral";
  features.push(`rules:${verdict}`, `rules:${ruleStrength(rulesValue)}`);
  return features;
}

/**
 * Features a language adds to `commentFeatures` (German: stems, compound parts, its clause-wide
 * negation and contrast); English and Spanish add none.
 */
const LANGUAGE_FEATURES: Readonly<Record<string, (text: string, negators: ReadonlySet<string>) => string[]>> =
  {
    de: germanFeatures,
  };

/**
 * A sentiment model for one language: multinomial logistic regression over `commentFeatures`, trained
 * on `training` with the rule engine's reading of each training comment among its features.
 */
export interface SentimentModel {
  classify(text: string, rulesValue: number): Record<ModelLabel, number>;
}

/**
 * Train a language's model (`language`: its BCP 47 primary tag, for the features only it has) (on first use: a couple of thousand comments take a few hundred
 * milliseconds). Settings chosen by 5-fold cross-validation on the training comments.
 *
 * @example
 * const model = trainSentimentModel(training, new Set(["not"]), (text) => scoreText(text, rules).value, "en");
 * model.classify("the soup was cold", -0.4).negative; // 0.9
 */
export function trainSentimentModel(
  training: TrainingSet,
  negators: ReadonlySet<string>,
  rulesValue: (text: string) => number,
  language?: string,
): SentimentModel {
  const own = language === undefined ? undefined : LANGUAGE_FEATURES[language];
  const features = (text: string, value: number) => {
    const shared = commentFeatures(text, negators, value);
    return own ? shared.concat(own(text, negators)) : shared;
  };
  const model = trainSoftmax(
    LABELS,
    training.map(([text, label]) => [features(text, rulesValue(text)), label] as const),
    { epochs: 20, rate: 0.3, l2: 1e-4 },
  );
  return { classify: (text, value) => classifySoftmax(model, features(text, value)) };
}

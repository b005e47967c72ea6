// The hand-labelled customer comments the sentiment scorer is measured on (see README beside them):
// each language's file is split by kind into a tuning half, which rules and thresholds were chosen on,
// and a test half, which nobody tunes on.

import { readFileSync } from "node:fs";

export type Label = "positive" | "negative" | "neutral";
export type CorpusLanguage = "en" | "es" | "de";
export const CORPUS_LANGUAGES: readonly CorpusLanguage[] = ["en", "es", "de"];

export interface LabelledComment {
  text: string;
  label: Label;
  kind: string;
  business: string;
  split: "tune" | "test";
}

export function labelledComments(language: CorpusLanguage, split: "tune" | "test"): LabelledComment[] {
  const text = readFileSync(new URL(`./sentiment-${language}.jsonl`, import.meta.url), "utf8");
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as LabelledComment)
    .filter((comment) => comment.split === split);
}

/** Accuracy, per-class precision and recall, and the confusion counts of `predict` on `comments`. */
export function evaluate(comments: readonly LabelledComment[], predict: (text: string) => Label) {
  const labels: Label[] = ["positive", "negative", "neutral"];
  const confusion = new Map<string, number>();
  const misses: { comment: LabelledComment; predicted: Label }[] = [];
  let right = 0;
  for (const comment of comments) {
    const predicted = predict(comment.text);
    const key = `${comment.label}>${predicted}`;
    confusion.set(key, (confusion.get(key) ?? 0) + 1);
    if (predicted === comment.label) right++;
    else misses.push({ comment, predicted });
  }
  const count = (actual: Label | "*", predicted: Label | "*") =>
    [...confusion].reduce((sum, [key, n]) => {
      const [a, p] = key.split(">");
      return sum + ((actual === "*" || a === actual) && (predicted === "*" || p === predicted) ? n : 0);
    }, 0);
  const perClass = labels.map((label) => ({
    label,
    precision: count(label, label) / Math.max(1, count("*", label)),
    recall: count(label, label) / Math.max(1, count(label, "*")),
  }));
  return { n: comments.length, accuracy: right / Math.max(1, comments.length), perClass, misses };
}

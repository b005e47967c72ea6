import { checkAnswers, percent } from "./survey-scores.js";

/** Customer Effort Score on the CES 2.0 agreement scale. */
export interface CesResult {
  /** Mean answer 1..7 ("the company made it easy to handle my issue": higher is easier). */
  ces: number;
  /** % of answers that agree (5–7). */
  easyPercent: number;
  n: number;
}

/**
 * CES 2.0: the mean of answers 1 (strongly disagree) .. 7 (strongly agree) to "The company made it
 * easy for me to handle my issue", and the share that agree (5–7).
 *
 * @example
 * computeCes([7, 6, 5, 2]).ces; // 5
 */
export function computeCes(scores: readonly number[]): CesResult {
  checkAnswers(scores, 1, 7, "CES");
  const ces = scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100 : 0;
  return { ces, easyPercent: percent(scores.filter((s) => s >= 5).length, scores.length), n: scores.length };
}

import { checkAnswers, percent } from "./survey-scores.js";

/** Customer satisfaction from answers on a 1..scale scale. */
export interface CsatResult {
  /** % of satisfied answers (at least `satisfiedMin`), 0..100. */
  csat: number;
  satisfied: number;
  n: number;
  /** Mean answer on the survey's scale. */
  mean: number;
}

/**
 * CSAT, the textbook definition: the share of satisfied answers (4 and 5 on a 1..5 scale) in percent.
 *
 * @example
 * computeCsat([5, 4, 3, 2]).csat; // 50
 */
export function computeCsat(
  scores: readonly number[],
  { scale = 5, satisfiedMin = 4 }: { scale?: number; satisfiedMin?: number } = {},
): CsatResult {
  checkAnswers(scores, 1, scale, "CSAT");
  const satisfied = scores.filter((s) => s >= satisfiedMin).length;
  const mean = scores.length
    ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100
    : 0;
  return { csat: percent(satisfied, scores.length), satisfied, n: scores.length, mean };
}

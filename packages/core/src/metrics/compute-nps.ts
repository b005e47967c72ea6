import { checkAnswers } from "./survey-scores.js";

/** Net Promoter Score from answers to "How likely are you to recommend us?" (0..10). */
export interface NpsResult {
  /** % promoters (9–10) − % detractors (0–6), −100..100. */
  nps: number;
  promoters: number;
  passives: number;
  detractors: number;
  n: number;
}

/**
 * NPS, the textbook definition: percentage of promoters (9–10) minus percentage of detractors (0–6).
 * Throws a RangeError naming the first answer outside 0..10.
 *
 * @example
 * computeNps([10, 9, 8, 6, 3]).nps; // 0 (40% promoters − 40% detractors)
 */
export function computeNps(scores: readonly number[]): NpsResult {
  checkAnswers(scores, 0, 10, "NPS");
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  const nps = scores.length === 0 ? 0 : Math.round(((promoters - detractors) / scores.length) * 1000) / 10;
  return { nps, promoters, passives: scores.length - promoters - detractors, detractors, n: scores.length };
}

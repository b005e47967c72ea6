/// <reference path="./jstat.d.ts" />
import { computeCsat, computeNps } from "@journeykit/core";
import jStat from "jstat";
import type { AnswerScale } from "../columns/column-mapping.js";

/** A survey metric from a set of answers: value, sample size and the half-width of its 95% interval. */
export interface MetricEstimate {
  value: number;
  sampleSize: number;
  /** 95% interval half-width in the metric's unit; absent for fewer than two answers. */
  marginOfError?: number;
}

const Z95 = 1.959963984540054;
const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * NPS (-100..100) with its 95% margin: each answer is a variable X = +1 (promoter, 9-10), 0 (passive,
 * 7-8), -1 (detractor, 0-6); NPS = 100 * mean(X); Var(X) = p + d - (p - d)^2 (p, d the promoter and
 * detractor shares); margin = 1.96 * 100 * sqrt(Var(X) / n) (normal approximation).
 * When every answer is in one group (all detractors, say) that variance is 0 and the margin would read
 * ±0, as if 12 answers settled the score: then the adjusted Wald interval is used (Rocks 2016: ¾ added
 * to the promoters and to the detractors, 3 to n), which stays honest about a small sample.
 *
 * @example
 * npsEstimate([10, 9, 8, 6, 3]); // { value: 0, sampleSize: 5, marginOfError: 78.4 }
 * npsEstimate(Array(12).fill(2)).marginOfError; // 25.8 (not 0)
 */
export function npsEstimate(answers: readonly number[]): MetricEstimate {
  const result = computeNps(answers);
  const n = result.n;
  if (n === 0) return { value: 0, sampleSize: 0 };
  const variance = (promoters: number, detractors: number, total: number) => {
    const p = promoters / total;
    const d = detractors / total;
    return p + d - (p - d) ** 2;
  };
  const plain = variance(result.promoters, result.detractors, n);
  const margin =
    plain > 0
      ? Z95 * 100 * Math.sqrt(plain / n)
      : Z95 * 100 * Math.sqrt(variance(result.promoters + 0.75, result.detractors + 0.75, n + 3) / (n + 3));
  return { value: result.nps, sampleSize: n, ...(n >= 2 ? { marginOfError: round1(margin) } : {}) };
}

/** The least answer counted as satisfied: the top quarter of the scale (4-5 of 1-5, 6-7 of 1-7, 8-10 of 1-10). */
export const satisfiedFrom = (scale: AnswerScale): number =>
  Math.ceil(scale.min + 0.75 * (scale.max - scale.min));

/**
 * CSAT (% satisfied, 0..100) with its 95% margin from the Wilson score interval of the satisfied share
 * (satisfied: `satisfiedFrom(scale)` and above). A help desk's two-point Good/Bad rating is the scale
 * 1..2: good (2) is satisfied, so CSAT = good / (good + bad), n = the tickets rated good or bad
 * ("Offered" and "Unoffered" are no answer), the same Wilson margin.
 * margin = half the interval's width, i.e. 1.96 * sqrt(p(1-p)/n + 1.96^2/(4n^2)) / (1 + 1.96^2/n) * 100.
 * Wilson, not Wald: it stays sensible for shares near 0% or 100% and for small n.
 *
 * @example
 * csatEstimate([5, 4, 3, 2]).value; // 50
 * csatEstimate([2, 2, 1], { min: 1, max: 2 }).value; // 66.7 (two good, one bad)
 */
export function csatEstimate(
  answers: readonly number[],
  scale: AnswerScale = { min: 1, max: 5 },
): MetricEstimate {
  const shift = 1 - scale.min;
  const result = computeCsat(
    answers.map((a) => a + shift),
    { scale: scale.max + shift, satisfiedMin: satisfiedFrom(scale) + shift },
  );
  const n = result.n;
  if (n === 0) return { value: 0, sampleSize: 0 };
  const p = result.satisfied / n;
  const z2 = Z95 * Z95;
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { value: result.csat, sampleSize: n, ...(n >= 2 ? { marginOfError: round1(half * 100) } : {}) };
}

/**
 * A mean with its 95% margin from Student's t: t(0.975, n-1) * s / sqrt(n), s the sample standard
 * deviation (for CES and star ratings).
 *
 * @example
 * meanEstimate([7, 6, 5, 2]); // { value: 5, sampleSize: 4, marginOfError: 3.46 }
 */
export function meanEstimate(values: readonly number[]): MetricEstimate {
  const n = values.length;
  if (n === 0) return { value: 0, sampleSize: 0 };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { value: round2(mean), sampleSize: n };
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1);
  const t = jStat.studentt.inv(0.975, n - 1);
  return {
    value: round2(mean),
    sampleSize: n,
    marginOfError: round2((t * Math.sqrt(variance)) / Math.sqrt(n)),
  };
}

/**
 * CES on the CES 2.0 scale (1..7, higher is easier) with its t interval. Answers on another scale are
 * mapped linearly onto 1..7 first (1-5: 1 -> 1, 3 -> 4, 5 -> 7).
 */
export function cesEstimate(
  answers: readonly number[],
  scale: AnswerScale = { min: 1, max: 7 },
): MetricEstimate {
  const onSeven =
    scale.min === 1 && scale.max === 7
      ? answers
      : answers.map((a) => 1 + ((a - scale.min) * 6) / (scale.max - scale.min || 1));
  const estimate = meanEstimate(onSeven);
  return estimate;
}

/** Pearson correlation of two equally long lists; undefined when either does not vary or n < 3. */
export function correlation(xs: readonly number[], ys: readonly number[]): number | undefined {
  const n = xs.length;
  if (n < 3 || ys.length !== n) return undefined;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return undefined;
  return sxy / Math.sqrt(sxx * syy);
}

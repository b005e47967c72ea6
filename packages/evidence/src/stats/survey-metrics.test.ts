import { describe, expect, it } from "vitest";
import {
  cesEstimate,
  correlation,
  csatEstimate,
  meanEstimate,
  npsEstimate,
  satisfiedFrom,
} from "./survey-metrics.js";

const Z = 1.959963984540054;

describe("survey metrics with 95% margins", () => {
  it("NPS: promoters minus detractors, margin from the variance of the +1/0/-1 variable", () => {
    // 5 promoters (9-10), 2 passives (7-8), 4 detractors (0-6) of 11.
    const answers = [10, 9, 3, 6, 8, 2, 7, 9, 10, 5, 9];
    const p = 5 / 11;
    const d = 4 / 11;
    const variance = p + d - (p - d) ** 2;
    expect(npsEstimate(answers)).toEqual({
      value: Math.round(((5 - 4) / 11) * 1000) / 10,
      sampleSize: 11,
      marginOfError: Math.round(Z * 100 * Math.sqrt(variance / 11) * 10) / 10,
    });
    expect(npsEstimate(answers).marginOfError).toBe(53.2);
  });

  it("NPS with every answer in one group: an adjusted Wald margin, never ±0", () => {
    // 12 detractors: p = 0.75/15, d = 12.75/15 (¾ added to each, 3 to n).
    const p = 0.75 / 15;
    const d = 12.75 / 15;
    const expected = Math.round(Z * 100 * Math.sqrt((p + d - (p - d) ** 2) / 15) * 10) / 10;
    expect(npsEstimate(Array(12).fill(2))).toEqual({ value: -100, sampleSize: 12, marginOfError: expected });
    expect(expected).toBeGreaterThan(15);
    expect(npsEstimate(Array(40).fill(10)).marginOfError).toBeGreaterThan(5);
    // More answers, a narrower interval.
    expect(npsEstimate(Array(400).fill(10)).marginOfError).toBeLessThan(
      npsEstimate(Array(40).fill(10)).marginOfError!,
    );
  });

  it("NPS of one answer has no margin; of none is empty", () => {
    expect(npsEstimate([10])).toEqual({ value: 100, sampleSize: 1 });
    expect(npsEstimate([])).toEqual({ value: 0, sampleSize: 0 });
  });

  it("CSAT: share of the top quarter of the scale, Wilson margin", () => {
    // 6 of 12 answers are 4 or 5.
    const answers = [5, 4, 2, 3, 4, 1, 3, 5, 2, 5, 2, 4];
    const n = 12;
    const z2 = Z * Z;
    const half = (Z * Math.sqrt((0.5 * 0.5) / n + z2 / (4 * n * n))) / (1 + z2 / n);
    expect(csatEstimate(answers)).toEqual({
      value: 50,
      sampleSize: 12,
      marginOfError: Math.round(half * 1000) / 10,
    });
    expect(csatEstimate(answers).marginOfError).toBe(24.6);
  });

  it("CSAT on other scales: satisfied from 6 of 1-7, 8 of 1-10, 8 of 0-10", () => {
    expect(satisfiedFrom({ min: 1, max: 5 })).toBe(4);
    expect(satisfiedFrom({ min: 1, max: 7 })).toBe(6);
    expect(satisfiedFrom({ min: 1, max: 10 })).toBe(8);
    expect(csatEstimate([10, 8, 7, 1], { min: 1, max: 10 }).value).toBe(50);
    expect(csatEstimate([0, 8, 10, 2], { min: 0, max: 10 }).value).toBe(50);
  });

  it("CSAT of a help desk's Good/Bad on 1-2: good is satisfied, Wilson margin", () => {
    expect(satisfiedFrom({ min: 1, max: 2 })).toBe(2);
    // 6 good of 11: 54.5%; 1.96·√(6/11·5/11/11 + 1.96²/484) / (1 + 1.96²/11) = 25.4.
    const answers = [2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1];
    expect(csatEstimate(answers, { min: 1, max: 2 })).toEqual({
      value: 54.5,
      sampleSize: 11,
      marginOfError: 25.4,
    });
  });

  it("Wilson stays inside 0..100 where Wald would collapse: all satisfied", () => {
    const e = csatEstimate([5, 5, 5, 5, 5]);
    expect(e.value).toBe(100);
    expect(e.marginOfError).toBeGreaterThan(0);
  });

  it("CES mean with Student's t interval", () => {
    // mean 5; squared deviations 4+1+9+0+4+4 = 22; s^2 = 22/5; t(0.975, 5) = 2.5706.
    const e = cesEstimate([7, 6, 2, 5, 3, 7]);
    expect(e.value).toBe(5);
    expect(e.marginOfError).toBeCloseTo((2.5706 * Math.sqrt(22 / 5)) / Math.sqrt(6), 2);
  });

  it("CES on a 1-5 scale is placed on 1-7", () => {
    expect(cesEstimate([1, 3, 5], { min: 1, max: 5 }).value).toBe(4);
  });

  it("a mean of one value has no margin", () => {
    expect(meanEstimate([4])).toEqual({ value: 4, sampleSize: 1 });
  });

  it("correlation: +1, -1, and nothing when a side does not vary", () => {
    expect(correlation([1, 2, 3, 4], [2, 4, 6, 8])).toBeCloseTo(1);
    expect(correlation([1, 2, 3, 4], [8, 6, 4, 2])).toBeCloseTo(-1);
    expect(correlation([1, 1, 1], [1, 2, 3])).toBeUndefined();
    expect(correlation([1, 2], [1, 2])).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { computeCes } from "./compute-ces.js";
import { computeCsat } from "./compute-csat.js";
import { computeNps } from "./compute-nps.js";

describe("survey metrics", () => {
  it("computes NPS as % promoters − % detractors", () => {
    expect(computeNps([10, 9, 8, 7, 6, 0])).toEqual({
      nps: 0,
      promoters: 2,
      passives: 2,
      detractors: 2,
      n: 6,
    });
    expect(computeNps([10, 10, 9]).nps).toBe(100);
    expect(computeNps([9, 9, 9, 5]).nps).toBe(50);
    expect(computeNps([]).nps).toBe(0);
  });

  it("computes CSAT as the share of 4s and 5s", () => {
    expect(computeCsat([5, 4, 3, 2])).toEqual({ csat: 50, satisfied: 2, n: 4, mean: 3.5 });
    expect(computeCsat([7, 6, 3], { scale: 7, satisfiedMin: 6 }).csat).toBe(66.7);
  });

  it("computes CES 2.0 as the mean on the 1..7 agreement scale", () => {
    expect(computeCes([7, 6, 5, 2])).toEqual({ ces: 5, easyPercent: 75, n: 4 });
  });

  it("names the first invalid answer", () => {
    expect(() => computeNps([10, 11])).toThrow("scores[1] is 11; NPS answers are integers from 0 to 10");
    expect(() => computeCsat([4.5])).toThrow(/scores\[0\] is 4.5/);
    expect(() => computeCes([0])).toThrow(RangeError);
  });
});

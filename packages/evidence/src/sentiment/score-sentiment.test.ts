import { describe, expect, it } from "vitest";
import { scoreSentiment, sentimentMetric } from "./score-sentiment.js";

describe("sentiment", () => {
  it("maps AFINN scores onto the emotion scale", () => {
    const negative = scoreSentiment("The food was cold and the waiter was rude");
    expect(negative.negative).toEqual(expect.arrayContaining(["rude"]));
    expect(negative.emotionScore).toBeLessThan(0);
    const positive = scoreSentiment("Amazing coffee, lovely staff, great experience");
    expect(positive.emotionScore).toBeGreaterThanOrEqual(2);
    expect(scoreSentiment("The table is by the window").emotionScore).toBe(0);
    for (const text of ["awful horrible terrible", "best best best"]) {
      const s = scoreSentiment(text);
      expect(Math.abs(s.emotionScore)).toBeLessThanOrEqual(3);
      expect(Math.abs(s.sentimentValue)).toBeLessThanOrEqual(1);
    }
  });

  it("turns feedback into a sentiment metric in range", () => {
    const metric = sentimentMetric(["I love it", "I hate waiting"], { stageId: "s1" });
    expect(metric).toMatchObject({ kind: "sentiment", sampleSize: 2, stageId: "s1" });
    expect(metric.value).toBeGreaterThanOrEqual(-1);
    expect(metric.value).toBeLessThanOrEqual(1);
  });
});

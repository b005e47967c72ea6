import { QUOTE_TONE_THRESHOLDS, quoteTone } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { SENTIMENT_THRESHOLDS, scoreSentiment } from "./score-sentiment.js";

describe("a quote's tone on the map", () => {
  it("starts where the import's sentiment labels start (core writes the quote captions)", () => {
    expect(QUOTE_TONE_THRESHOLDS).toEqual(SENTIMENT_THRESHOLDS);
  });

  it("reads as the import labelled the comment", () => {
    for (const text of [
      "The soup was cold and the waiter was rude.",
      "Lovely staff, great food!",
      "We ate.",
    ]) {
      const scored = scoreSentiment(text);
      expect(quoteTone(scored.sentimentValue)).toBe(scored.label);
    }
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assertPngFits,
  fitsPixelBudget,
  maxPixelRatioFor,
  PNG_PIXEL_BUDGET,
  PngSizeError,
  pngPixelSize,
} from "./pixel-budget.js";

const runs = process.env.CI ? 10_000 : 1_000;

describe("the PNG pixel budget", () => {
  it("refuses the 8416 × 252528 image once written headless, naming the largest scale that fits", () => {
    // the 141 KB map of the report: 1052 × 31566 px at scale 1, asked at scale 8
    let error: unknown;
    try {
      assertPngFits(1052, 31566, 8, "headless");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PngSizeError);
    const e = error as PngSizeError;
    expect([e.width, e.height]).toEqual([8416, 252528]);
    expect(e.maxPixelRatio).toBe(0.51);
    expect(e.message).toBe(
      "The PNG would be 8416 × 252528 px, over the PNG pixel budget (16,384 px per side, 268,435,456 px in all). The largest scale that fits is 0.51.",
    );
    expect(() => assertPngFits(1052, 31566, 0.51, "headless")).not.toThrow();
  });

  it("speaks of the browser and its pixel ratio in the browser, and of SVG when nothing fits", () => {
    expect(() => assertPngFits(9000, 9000, 2)).toThrow(
      "The PNG would be 18000 × 18000 px, more than this browser can draw (16,384 px per side, 268,435,456 px in all). The largest size that works is pixel ratio 1.82.",
    );
    expect(() => assertPngFits(10, 2_000_000_000, 1, "headless")).toThrow(/Export SVG or split the map/);
    expect(maxPixelRatioFor(0, 10)).toBe(0);
  });

  it(`maxPixelRatioFor is the largest hundredth that fits (${runs} runs)`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400_000 }), fc.integer({ min: 1, max: 400_000 }), (w, h) => {
        const ratio = maxPixelRatioFor(w, h);
        if (ratio > 0) {
          const size = pngPixelSize(w, h, ratio);
          expect(fitsPixelBudget(size.width, size.height)).toBe(true);
          expect(() => assertPngFits(w, h, ratio)).not.toThrow();
        }
        const above = pngPixelSize(w, h, (Math.round(ratio * 100) + 1) / 100);
        expect(fitsPixelBudget(above.width, above.height)).toBe(false);
      }),
      { numRuns: runs },
    );
    expect(PNG_PIXEL_BUDGET).toEqual({ maxSide: 16_384, maxArea: 268_435_456 });
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWellFormedText, replaceLoneSurrogates, toWellFormedText } from "./well-formed-text.js";

const runs = process.env.CI ? 10_000 : 1_000;

describe("toWellFormedText", () => {
  it("replaces lone surrogates with U+FFFD and keeps pairs", () => {
    expect(toWellFormedText("a\uD800b")).toBe("a\uFFFDb");
    expect(toWellFormedText("\uDC00\uD83D")).toBe("\uFFFD\uFFFD");
    expect(toWellFormedText("👍 ok")).toBe("👍 ok");
    expect(isWellFormedText("a\uD800")).toBe(false);
    expect(isWellFormedText("👍")).toBe(true);
  });

  it(`the fallback agrees with String.prototype.toWellFormed and encodes as UTF-8 (${runs} runs)`, () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 100 }), (text) => {
        const fixed = replaceLoneSurrogates(text);
        expect(fixed).toBe(toWellFormedText(text));
        expect(isWellFormedText(fixed)).toBe(true);
        expect(() => encodeURIComponent(fixed)).not.toThrow();
        expect(new TextDecoder().decode(new TextEncoder().encode(fixed))).toBe(fixed);
      }),
      { numRuns: runs },
    );
  });
});

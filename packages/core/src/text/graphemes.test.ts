import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { approximateGraphemes, graphemes } from "./graphemes.js";

const runs = process.env.CI ? 10_000 : 1_000;

describe("graphemes", () => {
  it("keeps emoji sequences, flags, combining marks and surrogate pairs whole", () => {
    const text = "e\u0301👍🏽👩‍👩‍👧🏳️‍🌈🇺🇸漢 a\r\nb";
    const expected = ["e\u0301", "👍🏽", "👩‍👩‍👧", "🏳️‍🌈", "🇺🇸", "漢", " ", "a", "\r\n", "b"];
    expect([...graphemes(text)]).toEqual(expected);
    expect([...approximateGraphemes(text)]).toEqual(expected);
  });

  it("gives a lone surrogate a grapheme of its own", () => {
    expect([...approximateGraphemes("a\uD800b\uDC00")]).toEqual(["a", "\uD800", "b", "\uDC00"]);
    expect([...graphemes("a\uD800b")]).toEqual(["a", "\uD800", "b"]);
  });

  it(`the fallback joins back to its input and never splits a surrogate pair (${runs} runs)`, () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        const parts = [...approximateGraphemes(text)];
        expect(parts.join("")).toBe(text);
        for (const part of parts) {
          expect(part.length).toBeGreaterThan(0);
          expect(/^[\uDC00-\uDFFF]/.test(part) && /[\uD800-\uDBFF]$/.test(text)).toBe(false);
        }
        let at = 0;
        for (const part of parts) {
          at += part.length;
          // never a boundary between a high and a low surrogate
          if (at < text.length) {
            const high = /[\uD800-\uDBFF]/.test(text[at - 1]!);
            const low = /[\uDC00-\uDFFF]/.test(text[at]!);
            expect(high && low).toBe(false);
          }
        }
        expect([...graphemes(text)].join("")).toBe(text);
      }),
      { numRuns: runs },
    );
  });
});

describe("graphemes on long text", () => {
  it("segments across window edges exactly as one pass does", () => {
    const units = ["👩‍👩‍👧", "🏳️‍🌈", "👍🏽", "🇺🇸", "e\u0301", "a\u0308\u0323", "漢", "x", "\uD800"];
    let text = "";
    for (let i = 0; text.length < 5_000; i++) text += units[(i * 7) % units.length];
    const onePass = [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)].map(
      (s) => s.segment,
    );
    expect([...graphemes(text)]).toEqual(onePass);
    // a single cluster longer than any window: a letter with 2,000 combining marks
    const long = `a${"\u0301".repeat(2_000)}b`;
    expect([...graphemes(long)]).toEqual([long.slice(0, -1), "b"]);
    // 256 regional indicators then one more: pairs stay pairs across windows
    const flags = "🇺🇸".repeat(300);
    expect([...graphemes(flags)]).toEqual(Array(300).fill("🇺🇸"));
    expect([...graphemes(`x${flags}`)]).toEqual(["x", ...Array(300).fill("🇺🇸")]);
  });

  it("walks a 20,000-character word in work linear in what is read", () => {
    // not a timing: the number of code units handed to the segmenter per cluster stays bounded
    const word = "ab".repeat(10_000);
    let count = 0;
    for (const g of graphemes(word)) count += g.length;
    expect(count).toBe(word.length);
  });
});

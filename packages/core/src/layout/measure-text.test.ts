import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { graphemes } from "../text/graphemes.js";
import { isWellFormedText } from "../text/well-formed-text.js";
import type { TextMeasurer } from "./journey-layout.js";
import { approximateTextWidth, ELLIPSIS, fitLine, wrapText } from "./measure-text.js";

const runs = process.env.CI ? 10_000 : 1_000;
const font = { size: 13 };
/** Every UTF-16 code unit 10 px wide: easy numbers. */
const mono: TextMeasurer = (text) => text.length * 10;
/** Tolerance for sums of floating-point widths (a millionth of a pixel). */
const EPSILON = 1e-6;

/** A measurer that counts how many code units it was asked to measure, in all. */
function counting(measure: TextMeasurer) {
  const counter = { calls: 0, units: 0 };
  const measureText: TextMeasurer = (text, f) => {
    counter.calls++;
    counter.units += text.length;
    return measure(text, f);
  };
  return { measureText, counter };
}

const withoutWhitespace = (text: string) => text.replace(/\s/g, "");
const loneSurrogates = (text: string) =>
  text.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g)?.length ?? 0;

/** Whole grapheme clusters, each kept intact by a correct wrap. */
const UNITS = [
  "a",
  "W",
  "i",
  "e\u0301", // e + combining acute
  "a\u0308\u0323", // a + two combining marks
  "👍🏽", // emoji + skin tone
  "👩‍👩‍👧", // ZWJ family
  "🏳️‍🌈", // flag with variation selector + ZWJ
  "🇺🇸", // regional-indicator pair
  "漢",
  "\uD800", // lone high surrogate
  "\uDC00", // lone low surrogate
];
const SEPARATORS = [" ", "  ", "\t", "\n", "\r\n"];
const unitText = fc.array(
  fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...UNITS) },
    { weight: 2, arbitrary: fc.constantFrom(...SEPARATORS) },
    // long unbroken runs of one unit
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...UNITS), fc.integer({ min: 20, max: 300 })) },
  ),
  { maxLength: 80 },
);
const flatten = (parts: (string | [string, number])[]) =>
  parts.map((p) => (typeof p === "string" ? p : p[0].repeat(p[1])));
const measurers = fc.constantFrom<[string, TextMeasurer]>(
  ["approximate", approximateTextWidth],
  ["mono", mono],
);
const widths = fc.integer({ min: 1, max: 400 });

describe("wrapText", () => {
  it("wraps on words and breaks words longer than a line", () => {
    expect(wrapText("aaa bbb ccc", 70, mono, font)).toEqual(["aaa bbb", "ccc"]);
    expect(wrapText("abcdefghij", 40, mono, font)).toEqual(["abcd", "efgh", "ij"]);
    expect(wrapText("one\ntwo", 200, mono, font)).toEqual(["one", "two"]);
    expect(wrapText("one\n\ntwo\n\n", 200, mono, font)).toEqual(["one", "", "two"]);
    expect(wrapText("  a \t  b  ", 200, mono, font)).toEqual(["a b"]);
  });

  it("starts a word wider than a line on a new line and fills lines up to the box edge", () => {
    expect(wrapText("ab cdefghijkl mn", 50, mono, font)).toEqual(["ab", "cdefg", "hijkl", "mn"]);
  });

  it("cuts with an ellipsis after maxLines, dropping graphemes until it fits", () => {
    expect(wrapText("a b c d", 10, mono, font, 2)).toEqual(["a", ELLIPSIS]);
    expect(wrapText("aaaa bbbb cccc", 50, mono, font, 2)).toEqual(["aaaa", `bbbb${ELLIPSIS}`]);
    expect(wrapText("aaaaa bbbbb cccc", 50, mono, font, 2)).toEqual(["aaaaa", `bbbb${ELLIPSIS}`]);
    // trailing empty lines are not "more text"
    expect(wrapText("a\nb\n\n\n", 100, mono, font, 2)).toEqual(["a", "b"]);
  });

  it("never splits a surrogate pair, an emoji sequence or a letter from its combining marks", () => {
    // width of four code units: a naive cut would split "👍🏽" (four units) or "e\u0301" (two)
    const text = "👍🏽".repeat(5) + "e\u0301".repeat(5);
    const lines = wrapText(text, 30, mono, font);
    expect(lines.every(isWellFormedText)).toBe(true);
    expect(lines.join("")).toBe(text);
    expect(lines).toContain("e\u0301");
    expect(lines.slice(0, 5)).toEqual(Array(5).fill("👍🏽"));
    // the ellipsis never leaves half an emoji behind
    expect(wrapText("👍🏽👍🏽 x", 50, mono, font, 1)).toEqual([`👍🏽${ELLIPSIS}`]);
  });

  it("does work linear in a long word's length, and only for the lines it keeps", () => {
    // (sizes the old cubic wrap still finishes on: 1,000 chars took it ~0.7 s, 20,000 hours)
    const word = "x".repeat(1_000);
    const whole = counting(approximateTextWidth);
    const lines = wrapText(word, 168, whole.measureText, font);
    expect(lines.join("")).toBe(word);
    // each distinct grapheme is measured once; the old wrap measured every prefix of every line
    expect(whole.counter.units).toBeLessThan(3 * word.length);
    const capped = counting(approximateTextWidth);
    const kept = wrapText(`${word} ${word}`, 168, capped.measureText, font, 12);
    expect(kept).toHaveLength(12);
    expect(kept.at(-1)!.endsWith(ELLIPSIS)).toBe(true);
    // 12 lines of about 23 characters: the rest of the text is never measured
    expect(capped.counter.units).toBeLessThan(500);
  });

  it(`keeps every grapheme cluster whole and in order (${runs} runs)`, () => {
    fc.assert(
      fc.property(unitText, widths, measurers, (parts, width, [, measure]) => {
        const units = flatten(parts);
        const text = units.join("");
        const lines = wrapText(text, width, measure, font);
        const expected = [...graphemes(text)].filter((g) => !/^\s+$/.test(g));
        const actual = lines.flatMap((line) => [...graphemes(line)]).filter((g) => !/^\s+$/.test(g));
        expect(actual).toEqual(expected);
        expect(lines.reduce((n, l) => n + loneSurrogates(l), 0)).toBe(loneSurrogates(text));
      }),
      { numRuns: runs },
    );
  });

  it(`gives back the text up to whitespace, no line wider than the box unless one grapheme is (${runs} runs)`, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 400 }),
          unitText.map((p) => flatten(p).join("")),
        ),
        widths,
        measurers,
        (text, width, [, measure]) => {
          const lines = wrapText(text, width, measure, font);
          expect(withoutWhitespace(lines.join(""))).toBe(withoutWhitespace(text));
          expect(lines.reduce((n, l) => n + loneSurrogates(l), 0)).toBe(loneSurrogates(text));
          for (const line of lines) {
            expect(line).toBe(line.trim());
            expect(line).not.toMatch(/\s\s|\n/);
            if (measure(line, font) > width + EPSILON) expect([...graphemes(line)]).toHaveLength(1);
          }
          expect(wrapText(text, width, measure, font)).toEqual(lines);
        },
      ),
      { numRuns: runs },
    );
  });

  it(`with maxLines keeps a prefix of the full wrap and marks the cut (${runs} runs)`, () => {
    fc.assert(
      fc.property(
        unitText.map((p) => flatten(p).join("")),
        widths,
        measurers,
        fc.integer({ min: 1, max: 6 }),
        (text, width, [, measure], maxLines) => {
          const full = wrapText(text, width, measure, font);
          const kept = wrapText(text, width, measure, font, maxLines);
          if (full.length <= maxLines) {
            expect(kept).toEqual(full);
            return;
          }
          expect(kept).toHaveLength(maxLines);
          expect(kept.slice(0, -1)).toEqual(full.slice(0, maxLines - 1));
          const last = kept.at(-1)!;
          expect(last.endsWith(ELLIPSIS)).toBe(true);
          expect(full[maxLines - 1]!.startsWith(last.slice(0, -ELLIPSIS.length))).toBe(true);
          expect(isWellFormedText(last) || loneSurrogates(text) > 0).toBe(true);
          if (last !== ELLIPSIS) expect(measure(last, font)).toBeLessThanOrEqual(width + EPSILON);
        },
      ),
      { numRuns: runs },
    );
  });
});

describe("fitLine", () => {
  it("keeps what fits on one line and marks the cut", () => {
    expect(fitLine("Waits ten minutes", 200, mono, font)).toBe("Waits ten minutes");
    expect(fitLine("Waits ten minutes", 100, mono, font)).toBe(`Waits ten${ELLIPSIS}`);
    expect(fitLine("x".repeat(20_000), 50, mono, font)).toBe(`xxxx${ELLIPSIS}`);
  });
});

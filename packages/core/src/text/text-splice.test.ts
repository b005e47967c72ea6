import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffText } from "./text-splice.js";

const runs = process.env.CI ? 10_000 : 1_000;

describe("diffText", () => {
  it("keeps the common start and end", () => {
    expect(diffText("Pay at the till", "Pay quickly at the till")).toEqual({
      index: 4,
      remove: 0,
      insert: "quickly ",
    });
    expect(diffText("Long queue", "Long queue")).toEqual({ index: 10, remove: 0, insert: "" });
  });

  it("takes a whole surrogate pair when one half changes", () => {
    expect(diffText("Happy 😀", "Happy 😃")).toEqual({ index: 6, remove: 2, insert: "😃" });
    expect(diffText("😀 ok", "😃 ok")).toEqual({ index: 0, remove: 2, insert: "😃" });
  });

  it(`is one splice that turns before into after (${runs} runs)`, () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 16 }),
        fc.string({ maxLength: 16 }),
        (before, after) => {
          const { index, remove, insert } = diffText(before, after);
          expect(before.slice(0, index) + insert + before.slice(index + remove)).toBe(after);
        },
      ),
      { numRuns: runs },
    );
  });
});

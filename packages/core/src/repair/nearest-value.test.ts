import { describe, expect, it } from "vitest";
import { emotionScoreSchema } from "../records/emotion-point.js";
import { nameSchema, oneToFiveSchema, stringListSchema } from "../schema-primitives.js";
import { type Accepts, longestAccepted, mendList, nearestNumber } from "./nearest-value.js";

const by =
  (schema: { safeParse(value: unknown): { success: boolean } }): Accepts =>
  (value) =>
    schema.safeParse(value).success;

describe("longestAccepted", () => {
  it("cuts text to the longest start the field takes", () => {
    expect(longestAccepted("x".repeat(700), by(nameSchema))).toBe("x".repeat(500));
  });

  it("gives nothing for a field that takes no text", () => {
    expect(longestAccepted("fax", by(oneToFiveSchema))).toBeUndefined();
  });
});

describe("nearestNumber", () => {
  it.each([
    [99, 3],
    [-40, -3],
    [2.4, 2],
    [3.5, 3],
  ])("clamps an emotion score of %d to %d", (value, expected) => {
    expect(nearestNumber(value, by(emotionScoreSchema))).toBe(expected);
  });

  it("clamps a rating to 1..5", () => {
    expect(nearestNumber(0, by(oneToFiveSchema))).toBe(1);
    expect(nearestNumber(12, by(oneToFiveSchema))).toBe(5);
  });

  it("gives nothing for a field that takes no number", () => {
    expect(nearestNumber(4, by(nameSchema))).toBeUndefined();
  });
});

describe("mendList", () => {
  it("keeps what fits, cuts long text and takes out the rest, in order", () => {
    expect(mendList(["a", 5, "y".repeat(20_001), null, "b"], by(stringListSchema))).toEqual({
      value: ["a", "y".repeat(20_000), "b"],
      cut: 1,
      removed: 2,
    });
  });

  it("gives nothing for a field that takes no list", () => {
    expect(mendList([1], by(nameSchema))).toBeUndefined();
  });
});

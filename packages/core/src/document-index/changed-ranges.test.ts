import { describe, expect, it } from "vitest";
import { changedRanges, MAX_RANGE_PATCHES } from "./changed-ranges.js";

describe("changedRanges", () => {
  it("spans the indices an edit's patches replace in each list", () => {
    const ranges = changedRanges([
      { op: "replace", path: ["cards", 12, "text"], value: "a" },
      { op: "replace", path: ["cards", 4], value: {} },
      { op: "replace", path: ["stages", 0, "name"], value: "b" },
      { op: "replace", path: ["updatedAt"], value: "2026-01-01" },
    ]);
    expect(ranges.get("cards")).toEqual({ from: 4, to: 12 });
    expect(ranges.get("stages")).toEqual({ from: 0, to: 0 });
    expect(ranges.get("lanes")).toBeUndefined();
  });

  it("runs to the end of a list from an add, a removal or a new length", () => {
    expect(changedRanges([{ op: "add", path: ["cards", 3], value: {} }]).get("cards")).toEqual({
      from: 3,
      to: Infinity,
    });
    expect(changedRanges([{ op: "remove", path: ["cards", 7] }]).get("cards")).toEqual({
      from: 7,
      to: Infinity,
    });
    const truncated = changedRanges([
      { op: "replace", path: ["cards", 2], value: {} },
      { op: "replace", path: ["cards", "length"], value: 5 },
    ]);
    expect(truncated.get("cards")).toEqual({ from: 2, to: Infinity });
  });

  it("gives no range for a list replaced whole or named in a way it does not read", () => {
    expect(changedRanges([{ op: "replace", path: ["cards"], value: [] }]).get("cards")).toBeUndefined();
    const appended = changedRanges([
      { op: "replace", path: ["cards", 1, "text"], value: "a" },
      { op: "add", path: ["cards", "-"], value: {} },
      { op: "replace", path: ["cards", 9, "text"], value: "b" },
    ]);
    expect(appended.has("cards")).toBe(true);
    expect(appended.get("cards")).toBeUndefined();
  });

  it("reads no more than a few patches (a move across 3,000 cards compares the lists instead)", () => {
    const many = Array.from({ length: MAX_RANGE_PATCHES + 1 }, (_, i) => ({
      op: "replace" as const,
      path: ["cards", i],
      value: {},
    }));
    expect(changedRanges(many).size).toBe(0);
    expect(changedRanges(many.slice(1)).get("cards")).toEqual({ from: 1, to: MAX_RANGE_PATCHES });
  });
});

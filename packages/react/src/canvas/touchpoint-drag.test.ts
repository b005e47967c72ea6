import { describe, expect, it } from "vitest";
import { chipDropIndex } from "./touchpoint-drag.js";

describe("chipDropIndex", () => {
  it("is the place of the chip it was dropped on, the dragged chip left out", () => {
    expect(chipDropIndex(["a", "b", "c"], "a", "c")).toBe(1);
    expect(chipDropIndex(["a", "b", "c"], "c", "a")).toBe(0);
    expect(chipDropIndex(["x"], "a", "x")).toBe(0);
  });

  it("is last when dropped beside the chips, or on itself", () => {
    expect(chipDropIndex(["a", "b", "c"], "a")).toBe(2);
    expect(chipDropIndex(["x", "y"], "a")).toBe(2);
    expect(chipDropIndex(["a", "b"], "a", "a")).toBe(1);
  });
});

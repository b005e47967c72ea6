import { describe, expect, it } from "vitest";
import { minimapSize } from "./useElementWidth.js";

describe("minimapSize", () => {
  it("keeps React Flow's size on a wide or not yet measured canvas", () => {
    expect(minimapSize(0)).toEqual({ width: 200, height: 150 });
    expect(minimapSize(1100)).toEqual({ width: 200, height: 150 });
  });
  it("shrinks on a narrow canvas and disappears on a very narrow one", () => {
    expect(minimapSize(700)).toEqual({ width: 140, height: 105 });
    expect(minimapSize(519)).toBeNull();
  });
});

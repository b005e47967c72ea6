import { describe, expect, it } from "vitest";
import { columnWidths } from "./table-columns.js";

describe("columnWidths", () => {
  it("shares the width as asked when every column holds its longest word", () => {
    expect(columnWidths([0.25, 0.75], [10, 10], 200)).toEqual([50, 150]);
  });

  it("widens a column to its longest word, taking the room from the others by their shares", () => {
    expect(columnWidths([0.5, 0.5], [10, 70], 100)).toEqual([30, 70]);
    const widths = columnWidths([0.3, 0.2, 0.1, 0.12, 0.28], [40, 40, 60, 70, 40], 500);
    expect(widths[2]).toBe(60);
    expect(widths[3]).toBe(70);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(500);
    expect(widths[0]! / widths[4]!).toBeCloseTo(0.3 / 0.28);
  });

  it("keeps the shares when the longest words together are wider than the table", () => {
    expect(columnWidths([0.5, 0.5], [80, 80], 100)).toEqual([50, 50]);
  });
});

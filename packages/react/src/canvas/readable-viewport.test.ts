import { describe, expect, it } from "vitest";
import { READABLE_TEXT_PX, readableViewport } from "./readable-viewport.js";

const canvas = { width: 1200, height: 800 };

describe("readableViewport", () => {
  it("fits a small map whole, centred, never above 100%", () => {
    const v = readableViewport({ x: 0, y: 0, width: 600, height: 400 }, canvas, 13);
    expect(v.zoom).toBe(1);
    expect(v.x).toBe(300);
    expect(v.y).toBe(200);
  });

  it("fits a map whole when its card text stays readable", () => {
    const v = readableViewport({ x: 0, y: 0, width: 1300, height: 700 }, canvas, 13);
    expect(v.zoom).toBeCloseTo(1152 / 1300);
    expect(13 * v.zoom).toBeGreaterThanOrEqual(READABLE_TEXT_PX);
  });

  it("shows the first stages at readable text instead of shrinking a wide map", () => {
    const v = readableViewport({ x: 32, y: 0, width: 6000, height: 900 }, canvas, 13);
    expect(13 * v.zoom).toBeCloseTo(READABLE_TEXT_PX);
    expect(v.x).toBeCloseTo(24 - 32 * v.zoom); // the map's left edge at the margin
  });

  it("uses the height when a wide map is short, still from the left edge", () => {
    const v = readableViewport({ x: 0, y: 0, width: 6000, height: 500 }, canvas, 13);
    expect(v.zoom).toBe(1);
    expect(v.x).toBe(24);
    expect(v.y).toBe(150);
  });
});

import { describe, expect, it } from "vitest";
import {
  CARD_FONT_SIZE,
  clearOfMap,
  isOverviewZoom,
  MIN_ZOOM,
  OVERVIEW_TEXT_PX,
  READABLE_TEXT_PX,
  readableViewport,
  wholeViewport,
} from "./readable-viewport.js";

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

describe("clearOfMap", () => {
  const minimap = { width: 200, height: 150 };

  it("is false when the minimap's corner would cover the fitted map", () => {
    const bounds = { x: 0, y: 0, width: 6000, height: 900 };
    expect(clearOfMap(readableViewport(bounds, canvas, 13), bounds, canvas, minimap)).toBe(false);
  });

  it("is true when the map ends left of or above the minimap", () => {
    const narrow = { x: 0, y: 0, width: 600, height: 760 };
    expect(clearOfMap(readableViewport(narrow, canvas, 13), narrow, canvas, minimap)).toBe(true);
    const short = { x: 0, y: 0, width: 1100, height: 300 };
    expect(clearOfMap(readableViewport(short, canvas, 13), short, canvas, minimap)).toBe(true);
  });
});

describe("wholeViewport", () => {
  it("shows every stage and lane of a wide map, centred, whatever the text size", () => {
    const bounds = { x: 32, y: 10, width: 6000, height: 900 };
    const v = wholeViewport(bounds, canvas);
    expect(v.zoom).toBeCloseTo(1152 / 6000);
    const left = v.x + bounds.x * v.zoom;
    const right = left + bounds.width * v.zoom;
    const top = v.y + bounds.y * v.zoom;
    const bottom = top + bounds.height * v.zoom;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(canvas.width);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(bottom).toBeLessThanOrEqual(canvas.height);
    expect(left).toBeCloseTo(canvas.width - right);
  });

  it("never zooms a small map above 100% nor a huge one below the canvas's least zoom", () => {
    expect(wholeViewport({ x: 0, y: 0, width: 300, height: 200 }, canvas).zoom).toBe(1);
    expect(wholeViewport({ x: 0, y: 0, width: 400_000, height: 900 }, canvas).zoom).toBe(MIN_ZOOM);
  });
});

describe("isOverviewZoom", () => {
  it("is the overview exactly where card text would be under the readable-at-a-glance size", () => {
    const edge = OVERVIEW_TEXT_PX / CARD_FONT_SIZE;
    expect(isOverviewZoom(edge * 0.99)).toBe(true);
    expect(isOverviewZoom(edge)).toBe(false);
    expect(isOverviewZoom(READABLE_TEXT_PX / CARD_FONT_SIZE)).toBe(false);
    expect(isOverviewZoom(MIN_ZOOM)).toBe(true);
  });
});

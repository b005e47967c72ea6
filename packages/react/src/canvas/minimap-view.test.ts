import { describe, expect, it } from "vitest";
import { flowPointAt, minimapView, unionOf } from "./minimap-view.js";

describe("minimapView", () => {
  it("fits the bounds whole in the box, centred along the short side, with a 5 px margin", () => {
    // 4000 x 1500 in a 200 x 150 box: 20 flow px per minimap px, height centred.
    const { viewBox, scale } = minimapView(
      { x: 0, y: 0, width: 4000, height: 1500 },
      { width: 200, height: 150 },
    );
    expect(scale).toBe(20);
    expect(viewBox).toEqual({ x: -100, y: -750 - 100, width: 4200, height: 3200 });
  });
});

describe("unionOf", () => {
  it("holds both rectangles", () => {
    expect(unionOf({ x: 0, y: 0, width: 10, height: 10 }, { x: -5, y: 5, width: 30, height: 2 })).toEqual({
      x: -5,
      y: 0,
      width: 30,
      height: 10,
    });
  });
});

describe("flowPointAt", () => {
  it("maps a screen point to the flow point under it, through the SVG's centred fit", () => {
    const element = { left: 100, top: 50, width: 200, height: 150 };
    // A 400 x 400 view in a 200 x 150 element: 0.375 screen px per flow px, 25 px bars left and right.
    const viewBox = { x: 0, y: 0, width: 400, height: 400 };
    expect(flowPointAt({ x: 125, y: 50 }, element, viewBox)).toEqual({ x: 0, y: 0 });
    expect(flowPointAt({ x: 200, y: 125 }, element, viewBox)).toEqual({ x: 200, y: 200 });
  });
});

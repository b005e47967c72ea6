import { getTemplate, layoutJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { renderSvg } from "./render-svg.js";

describe("renderSvg draws what the canvas draws", () => {
  it("draws every touchpoint in its lane box with its channel, where the layout puts it", () => {
    const map = getTemplate("coffee-shop-mobile-ordering")!.create();
    const svg = renderSvg(map);
    const layout = layoutJourneyMap(map);
    expect(layout.touchpoints.length).toBe(map.touchpoints.length);
    for (const box of layout.touchpoints) {
      const group = new RegExp(`<g data-touchpoint-id="${box.id}">.*?</g>`).exec(svg)?.[0] ?? "";
      expect(group).toContain(`x="${box.x}"`);
      expect(group).toContain(`y="${box.y}"`);
      expect(group).toContain(box.channelLabel);
    }
  });

  it("writes a long stage name on two lines, the second cut with an ellipsis", () => {
    const map = getTemplate("coffee-shop-mobile-ordering")!.create();
    map.stages[0]!.name =
      "Finding the app, signing up, adding a card and finally choosing something to drink on the way in";
    const svg = renderSvg(map);
    const [first] = layoutJourneyMap(map).stages;
    expect(first!.nameLines).toHaveLength(2);
    expect(svg).toContain(`>1. ${first!.nameLines[0]}<`);
    expect(svg).toContain(`>${first!.nameLines[1]}<`);
  });
});

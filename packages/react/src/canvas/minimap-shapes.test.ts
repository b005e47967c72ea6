import { getTemplate, layoutJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { MINIMAP_COLORS, minimapShapes } from "./minimap-shapes.js";

const subpaths = (d: string) => d.split("M").length - 1;

describe("minimapShapes", () => {
  it("draws every card, touchpoint and header from the layout, one path per kind in its colour", () => {
    const layout = layoutJourneyMap(getTemplate("coffee-shop-mobile-ordering")!.create(), { title: false });
    const shapes = minimapShapes(layout);
    const byKind = new Map(shapes.map((s) => [s.kind, s]));
    expect(subpaths(byKind.get("card")!.d)).toBe(layout.cards.length);
    expect(subpaths(byKind.get("touchpoint")!.d)).toBe(layout.touchpoints.length);
    expect(subpaths(byKind.get("header")!.d)).toBe(layout.stages.length + layout.lanes.length);
    for (const shape of shapes) expect(shape.color).toBe(MINIMAP_COLORS[shape.kind]);
    // Cards last: drawn over the lanes and headers.
    expect(shapes.at(-1)!.kind).toBe("card");
  });

  it("draws a card's box where the layout puts it, rounded to whole px", () => {
    const layout = layoutJourneyMap(getTemplate("coffee-shop-mobile-ordering")!.create(), { title: false });
    const card = { ...layout.cards[0]!, x: 10.4, y: 20.6, width: 100.2, height: 50 };
    const shapes = minimapShapes({ ...layout, cards: [card] });
    expect(shapes.find((s) => s.kind === "card")!.d).toBe("M10 21h100v50h-100z");
  });

  it("leaves out kinds the map has none of", () => {
    const layout = layoutJourneyMap(getTemplate("coffee-shop-mobile-ordering")!.create(), { title: false });
    const kinds = minimapShapes({ ...layout, cards: [], touchpoints: [], emotion: undefined }).map(
      (s) => s.kind,
    );
    expect(kinds).toEqual(["header"]);
  });
});

import { createLayoutMemo, getTemplate, layoutJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { buildNodes } from "./build-nodes.js";
import { flowWindowKey, flowWindowOf, visibleNodes } from "./visible-nodes.js";

const map = getTemplate("hotel-check-in-blueprint")!.create();
const layout = layoutJourneyMap(map, { title: false, memo: createLayoutMemo() });
const nodes = buildNodes(layout, false);

describe("visibleNodes", () => {
  it("draws the headers, curves and blueprint lines always, other nodes only when they meet the window", () => {
    const first = layout.stages[0]!;
    const view = { left: first.x, top: 0, right: first.x + first.width - 1, bottom: 100_000 };
    const shown = visibleNodes(nodes, view, new Set());
    const types = (list: typeof nodes, type: string) => list.filter((n) => n.type === type).length;
    for (const type of ["jkStage", "jkLane", "jkEmotions", "jkBlueprintLine"])
      expect(types(shown, type)).toBe(types(nodes, type));
    const cards = shown.filter((n) => n.type === "jkCard");
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((n) => n.type === "jkCard" && n.data.box.stageId === first.id)).toBe(true);
    expect(types(shown, "jkCell")).toBe(layout.lanes.length);
  });

  it("keeps the ids asked for and nodes being dragged, and with no window only what spans the map", () => {
    const far = nodes.find((n) => n.type === "jkCard" && n.data.box.stageId === layout.stages.at(-1)!.id)!;
    const dragged = { ...nodes.find((n) => n.type === "jkCard" && n !== far)!, dragging: true };
    const shown = visibleNodes([...nodes, dragged], null, new Set([far.id]));
    expect(shown).toContain(far);
    expect(shown).toContain(dragged);
    expect(shown.filter((n) => n.type === "jkCell")).toEqual([]);
  });
});

describe("flowWindowKey", () => {
  it("covers the viewport with a margin and stays the same over a short pan", () => {
    const key = flowWindowKey([-1000, -500, 0.5], 1600, 1000);
    const view = flowWindowOf(key)!;
    // The viewport shows flow x 2000..5200, y 1000..3000.
    expect(view.left).toBeLessThan(2000);
    expect(view.right).toBeGreaterThan(5200);
    expect(view.top).toBeLessThan(1000);
    expect(view.bottom).toBeGreaterThan(3000);
    expect(flowWindowKey([-1010, -505, 0.5], 1600, 1000)).toBe(key);
    expect(flowWindowKey([-1600, -500, 0.5], 1600, 1000)).not.toBe(key);
    expect(flowWindowKey([0, 0, 1], 0, 0)).toBe("");
    expect(flowWindowOf("")).toBeNull();
  });
});

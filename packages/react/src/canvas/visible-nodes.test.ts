import { createLayoutMemo, getTemplate, layoutJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { buildNodes, type JourneyNode } from "./build-nodes.js";
import { flowWindowKey, flowWindowOf } from "./visible-nodes.js";

const map = getTemplate("hotel-check-in-blueprint")!.create();
const layout = layoutJourneyMap(map, { title: false, memo: createLayoutMemo() });
const all = buildNodes(layout, false);
const count = (list: JourneyNode[], type: string) => list.filter((n) => n.type === type).length;

describe("buildNodes with a drawn part", () => {
  it("builds headers, curves and blueprint lines always, other nodes only when they meet the window", () => {
    const first = layout.stages[0]!;
    const view = { left: first.x, top: 0, right: first.x + first.width - 1, bottom: 100_000 };
    const shown = buildNodes(layout, false, undefined, { view, keep: new Set() });
    for (const type of ["jkStage", "jkLane", "jkEmotions", "jkBlueprintLine"])
      expect(count(shown, type)).toBe(count(all, type));
    const cards = shown.filter((n) => n.type === "jkCard");
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((n) => n.type === "jkCard" && n.data.box.stageId === first.id)).toBe(true);
    expect(count(shown, "jkCell")).toBe(layout.lanes.length);
    expect(count(shown, "jkCard")).toBeLessThan(count(all, "jkCard"));
  });

  it("keeps the cards and cells asked for, and with no window builds only what spans the map", () => {
    const far = layout.cards.find((c) => c.stageId === layout.stages.at(-1)!.id)!;
    const cell = `cell:${far.laneId}:${far.stageId}`;
    const shown = buildNodes(layout, false, undefined, { view: null, keep: new Set([far.id, cell]) });
    expect(shown.filter((n) => n.type === "jkCard").map((n) => n.id)).toEqual([`card:${far.id}`]);
    expect(shown.filter((n) => n.type === "jkCell").map((n) => n.id)).toEqual([cell]);
    expect(count(shown, "jkStage")).toBe(layout.stages.length);
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

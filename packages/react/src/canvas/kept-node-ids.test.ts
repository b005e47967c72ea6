import { createJourneyMap, createTouchpoint, layoutJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { buildNodes } from "./build-nodes.js";
import { keptNodeIds, nodeIdsOf, touchpointNodeId } from "./kept-node-ids.js";

const base = createJourneyMap({ id: "m" });
const lane = base.lanes.find((l) => l.kind === "touchpoints")!;
const stage = base.stages[2]!;
const map = {
  ...base,
  touchpoints: [
    createTouchpoint({ id: "desk", stageId: stage.id, name: "Desk", channel: "in-store" as const }),
  ],
};

describe("nodes kept drawn for a touchpoint", () => {
  it("are its box and its Touchpoints cell; none without a Touchpoints lane or once it is gone", () => {
    expect(nodeIdsOf(map, { kind: "touchpoint", id: "desk" })).toEqual([
      touchpointNodeId("desk"),
      `cell:${lane.id}:${stage.id}`,
    ]);
    expect(
      nodeIdsOf({ ...map, lanes: map.lanes.filter((l) => l !== lane) }, { kind: "touchpoint", id: "desk" }),
    ).toEqual([]);
    expect(nodeIdsOf({ ...map, touchpoints: [] }, { kind: "touchpoint", id: "desk" })).toEqual([]);
  });

  it("a selected touchpoint is drawn on a big map even when the view is elsewhere", () => {
    const kept = keptNodeIds({
      map,
      selection: { kind: "touchpoint", id: "desk" },
      focusedCell: null,
      editingCardId: null,
    });
    const far = { left: 90_000, top: 90_000, right: 91_000, bottom: 91_000 };
    const nodes = buildNodes(layoutJourneyMap(map, { title: false }), false, undefined, {
      view: far,
      keep: new Set(kept.split("\n")),
    });
    expect(nodes.filter((n) => n.type === "jkTouchpoint").map((n) => n.id)).toEqual([
      touchpointNodeId("desk"),
    ]);
    expect(nodes.find((n) => n.type === "jkTouchpoint")?.draggable).toBe(true);
  });
});

import { createCard, createJourneyMap, createTouchpoint } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { targetStage } from "./target-stage.js";

const base = createJourneyMap();
const [s0, s1, s2] = base.stages.map((s) => s.id) as [string, string, string];
const touchpointsLane = base.lanes.find((l) => l.kind === "touchpoints")!.id;
const actions = base.lanes[0]!.id;
const touchpoint = createTouchpoint({ stageId: s0, name: "Phone", channel: "phone" });
const card = createCard({ laneId: actions, stageId: s1, text: "Calls" });
const map = { ...base, touchpoints: [touchpoint], cards: [card] };

describe("targetStage", () => {
  it("is the focused cell's stage (the tester's 9 of 9 in stage 1: it ignored the focused cell)", () => {
    const focusedCell = { laneId: touchpointsLane, stageId: s2 };
    expect(targetStage({ map, focusedCell, selection: null })).toBe(s2);
    expect(targetStage({ map, focusedCell, selection: { kind: "persona", id: map.personas[0]!.id } })).toBe(
      s2,
    );
  });

  it("is the selected touchpoint's or card's stage, then a selected stage header's", () => {
    const focusedCell = { laneId: actions, stageId: s2 };
    expect(targetStage({ map, focusedCell, selection: { kind: "touchpoint", id: touchpoint.id } })).toBe(s0);
    expect(targetStage({ map, focusedCell, selection: { kind: "card", id: card.id } })).toBe(s1);
    expect(targetStage({ map, focusedCell, selection: { kind: "stage", id: s0 } })).toBe(s0);
  });

  it("is the selected stage on a map without lanes, else the first stage; none without stages", () => {
    const noLanes = { ...map, lanes: [], cards: [] };
    expect(targetStage({ map: noLanes, focusedCell: null, selection: { kind: "stage", id: s1 } })).toBe(s1);
    expect(targetStage({ map: noLanes, focusedCell: null, selection: null })).toBe(s0);
    expect(targetStage({ map, focusedCell: null, selection: null })).toBe(s0);
    expect(
      targetStage({ map: { ...noLanes, stages: [], touchpoints: [] }, focusedCell: null, selection: null }),
    ).toBeUndefined();
  });
});

import { createCard, createJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { targetCell } from "./target-cell.js";

const map = createJourneyMap();
const [lane0, lane1] = map.lanes;
const [stage0, stage1] = map.stages;

describe("targetCell", () => {
  it("is the selected card's cell first", () => {
    const card = createCard({ laneId: lane1!.id, stageId: stage1!.id, text: "x" });
    const withCard = { ...map, cards: [card] };
    expect(
      targetCell({
        map: withCard,
        focusedCell: { laneId: lane0!.id, stageId: stage0!.id },
        selection: { kind: "card", id: card.id },
      }),
    ).toEqual({ laneId: lane1!.id, stageId: stage1!.id });
  });

  it("is the focused cell when no card is selected", () => {
    const focusedCell = { laneId: lane1!.id, stageId: stage1!.id };
    const selection = { kind: "persona", id: map.personas[0]!.id } as const;
    expect(targetCell({ map, focusedCell, selection })).toEqual(focusedCell);
  });

  it("follows a selected stage or lane header: that stage in the focused cell's lane, or that lane", () => {
    const focusedCell = { laneId: lane1!.id, stageId: stage1!.id };
    expect(targetCell({ map, focusedCell, selection: { kind: "stage", id: stage0!.id } })).toEqual({
      laneId: lane1!.id,
      stageId: stage0!.id,
    });
    expect(targetCell({ map, focusedCell, selection: { kind: "lane", id: lane0!.id } })).toEqual({
      laneId: lane0!.id,
      stageId: stage1!.id,
    });
  });

  it("falls back to the first cell when the focused cell's stage was removed", () => {
    const focusedCell = { laneId: lane1!.id, stageId: "gone" };
    expect(targetCell({ map, focusedCell, selection: null })).toEqual({
      laneId: lane0!.id,
      stageId: stage0!.id,
    });
  });

  it("is null on a map without stages", () => {
    expect(targetCell({ map: { ...map, stages: [] }, focusedCell: null, selection: null })).toBeNull();
  });
});

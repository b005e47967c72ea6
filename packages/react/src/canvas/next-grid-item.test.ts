import { createCard, createJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { nextGridItem } from "./next-grid-item.js";

const map = createJourneyMap();
const [l0, l1] = map.lanes.map((l) => l.id) as [string, string];
const [s0, s1, s2] = map.stages.map((s) => s.id) as [string, string, string];
map.cards = [
  createCard({ id: "a", laneId: l0, stageId: s0, text: "a" }),
  createCard({ id: "b", laneId: l0, stageId: s0, text: "b" }),
  createCard({ id: "c", laneId: l0, stageId: s1, text: "c" }),
];
const cell = (laneId: string, stageId: string) => ({ kind: "cell", laneId, stageId }) as const;
const card = (id: string) => ({ kind: "card", id }) as const;

describe("nextGridItem", () => {
  it("ArrowDown walks a column: header, cell, its cards, the next lane's cell", () => {
    expect(nextGridItem(map, { kind: "stage", id: s0 }, "ArrowDown")).toEqual(cell(l0, s0));
    expect(nextGridItem(map, cell(l0, s0), "ArrowDown")).toEqual(card("a"));
    expect(nextGridItem(map, card("a"), "ArrowDown")).toEqual(card("b"));
    expect(nextGridItem(map, card("b"), "ArrowDown")).toEqual(cell(l1, s0));
    expect(nextGridItem(map, cell(l1, s0), "ArrowUp")).toEqual(card("b"));
    expect(nextGridItem(map, cell(l0, s0), "ArrowUp")).toEqual({ kind: "stage", id: s0 });
  });

  it("ArrowLeft and ArrowRight go to the same place in the next stage, empty cells included", () => {
    expect(nextGridItem(map, cell(l1, s0), "ArrowRight")).toEqual(cell(l1, s1));
    expect(nextGridItem(map, card("b"), "ArrowRight")).toEqual(card("c"));
    expect(nextGridItem(map, card("c"), "ArrowRight")).toEqual(cell(l0, s2));
    expect(nextGridItem(map, cell(l0, s2), "ArrowRight")).toBeUndefined();
    expect(nextGridItem(map, cell(l1, s0), "ArrowLeft")).toEqual({ kind: "lane", id: l1 });
    expect(nextGridItem(map, { kind: "lane", id: l1 }, "ArrowRight")).toEqual(cell(l1, s0));
    expect(nextGridItem(map, { kind: "lane", id: l1 }, "ArrowUp")).toEqual({ kind: "lane", id: l0 });
    expect(nextGridItem(map, { kind: "stage", id: s1 }, "ArrowRight")).toEqual({ kind: "stage", id: s2 });
  });

  it("Home and End go to the lane's first and last cell", () => {
    expect(nextGridItem(map, card("c"), "Home")).toEqual(cell(l0, s0));
    expect(nextGridItem(map, cell(l1, s0), "End")).toEqual(cell(l1, s2));
  });
});

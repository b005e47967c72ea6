import { createCard, createJourneyMap, createTouchpoint } from "@journeykit/core";
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

describe("nextGridItem with touchpoints", () => {
  const base = createJourneyMap();
  const lanes = base.lanes.map((l) => l.id);
  const tpLane = base.lanes.find((l) => l.kind === "touchpoints")!.id;
  const above = lanes[lanes.indexOf(tpLane) - 1]!;
  const below = lanes[lanes.indexOf(tpLane) + 1]!;
  const [t0, t1, t2] = base.stages.map((s) => s.id) as [string, string, string];
  const withTouchpoints = {
    ...base,
    touchpoints: [
      createTouchpoint({ id: "p", stageId: t0, name: "Phone", channel: "phone" }),
      createTouchpoint({ id: "q", stageId: t0, name: "Desk", channel: "in-store" }),
      createTouchpoint({ id: "r", stageId: t1, name: "Form", channel: "web" }),
    ],
    cards: [createCard({ id: "k", laneId: tpLane, stageId: t0, text: "QR code" })],
  };
  const tp = (id: string) => ({ kind: "touchpoint", id }) as const;

  it("walks the Touchpoints cell: the cell, its touchpoints, then its cards, then the next lane", () => {
    expect(nextGridItem(withTouchpoints, cell(above, t0), "ArrowDown")).toEqual(cell(tpLane, t0));
    expect(nextGridItem(withTouchpoints, cell(tpLane, t0), "ArrowDown")).toEqual(tp("p"));
    expect(nextGridItem(withTouchpoints, tp("p"), "ArrowDown")).toEqual(tp("q"));
    expect(nextGridItem(withTouchpoints, tp("q"), "ArrowDown")).toEqual(card("k"));
    expect(nextGridItem(withTouchpoints, tp("p"), "ArrowUp")).toEqual(cell(tpLane, t0));
    expect(nextGridItem(withTouchpoints, tp("r"), "ArrowDown")).toEqual(cell(below, t1));
  });

  it("goes left and right to the touchpoint at the same place, the last one, or the cell", () => {
    expect(nextGridItem(withTouchpoints, tp("q"), "ArrowRight")).toEqual(tp("r"));
    expect(nextGridItem(withTouchpoints, tp("r"), "ArrowLeft")).toEqual(tp("p"));
    expect(nextGridItem(withTouchpoints, tp("r"), "ArrowRight")).toEqual(cell(tpLane, t2));
    expect(nextGridItem(withTouchpoints, tp("p"), "ArrowLeft")).toEqual({ kind: "lane", id: tpLane });
    expect(nextGridItem(withTouchpoints, tp("p"), "End")).toEqual(cell(tpLane, t2));
  });

  it("from a header chip (no Touchpoints lane): up to its stage, down to its first cell, sideways along the headers", () => {
    const chips = { ...withTouchpoints, lanes: base.lanes.filter((l) => l.id !== tpLane), cards: [] };
    expect(nextGridItem(chips, tp("p"), "ArrowUp")).toEqual({ kind: "stage", id: t0 });
    expect(nextGridItem(chips, tp("p"), "ArrowDown")).toEqual(cell(chips.lanes[0]!.id, t0));
    expect(nextGridItem(chips, tp("r"), "ArrowRight")).toEqual({ kind: "stage", id: t2 });
  });
});

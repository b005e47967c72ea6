import { createCard, createJourneyMap, createTouchpoint, type JourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { isInMap, placeAfterRemoval } from "./place-after-removal.js";

function mapWithCards(count: number): JourneyMap {
  const map = createJourneyMap({ id: "map" });
  const [lane, stage] = [map.lanes[0]!, map.stages[0]!];
  const cards = Array.from({ length: count }, (_, i) =>
    createCard({ id: `c${i}`, laneId: lane.id, stageId: stage.id, text: `card ${i}` }),
  );
  return { ...map, cards };
}

const without = (map: JourneyMap, ...ids: string[]): JourneyMap => ({
  ...map,
  cards: map.cards.filter((c) => !ids.includes(c.id)),
});

describe("placeAfterRemoval", () => {
  it("goes to the next card in the same cell, as Delete does", () => {
    const map = mapWithCards(3);
    expect(placeAfterRemoval(map, without(map, "c1"), { kind: "card", id: "c1" })).toEqual({
      kind: "card",
      id: "c2",
    });
  });

  it("goes to the card before when the last card of the cell went, skipping others removed too", () => {
    const map = mapWithCards(4);
    expect(placeAfterRemoval(map, without(map, "c3", "c2"), { kind: "card", id: "c3" })).toEqual({
      kind: "card",
      id: "c1",
    });
  });

  it("goes to the cell when no card is left in it", () => {
    const map = mapWithCards(1);
    const card = map.cards[0]!;
    expect(placeAfterRemoval(map, without(map, "c0"), { kind: "card", id: "c0" })).toEqual({
      kind: "cell",
      laneId: card.laneId,
      stageId: card.stageId,
    });
  });

  it("does not go to a card someone moved to another cell", () => {
    const map = mapWithCards(2);
    const other = map.stages[1]!.id;
    const next = { ...map, cards: [{ ...map.cards[1]!, stageId: other }] };
    expect(placeAfterRemoval(map, next, { kind: "card", id: "c0" })).toMatchObject({ kind: "cell" });
  });

  it("goes to the next stage (or lane) when one is removed, null when nothing is near", () => {
    const map = mapWithCards(0);
    const [first, second] = map.stages;
    const next = { ...map, stages: map.stages.filter((s) => s.id !== first!.id) };
    expect(placeAfterRemoval(map, next, { kind: "stage", id: first!.id })).toEqual({
      kind: "stage",
      id: second!.id,
    });
    const noStages = { ...map, stages: [] };
    expect(placeAfterRemoval(map, noStages, { kind: "stage", id: first!.id })).toBeNull();
    const cardGone = mapWithCards(1);
    expect(placeAfterRemoval(cardGone, noStages, { kind: "card", id: "c0" })).toBeNull();
  });
});

describe("isInMap", () => {
  it("knows cards, stages, lanes and cells (a cell needs its lane and its stage)", () => {
    const map = mapWithCards(1);
    const [lane, stage] = [map.lanes[0]!, map.stages[0]!];
    expect(isInMap(map, { kind: "card", id: "c0" })).toBe(true);
    expect(isInMap(without(map, "c0"), { kind: "card", id: "c0" })).toBe(false);
    expect(isInMap(map, { kind: "cell", laneId: lane.id, stageId: stage.id })).toBe(true);
    expect(isInMap({ ...map, stages: [] }, { kind: "cell", laneId: lane.id, stageId: stage.id })).toBe(false);
    expect(isInMap(map, { kind: "stage", id: stage.id })).toBe(true);
    expect(isInMap(map, { kind: "lane", id: "nope" })).toBe(false);
  });
});

describe("placeAfterRemoval of a touchpoint", () => {
  const base = createJourneyMap({ id: "map" });
  const [s0, s1] = base.stages.map((s) => s.id) as [string, string];
  const lane = base.lanes.find((l) => l.kind === "touchpoints")!.id;
  const map: JourneyMap = {
    ...base,
    touchpoints: ["a", "b", "c"].map((id) => createTouchpoint({ id, stageId: s0, name: id, channel: "web" })),
  };
  const dropping = (m: JourneyMap, ...ids: string[]) => ({
    ...m,
    touchpoints: m.touchpoints.filter((t) => !ids.includes(t.id)),
  });

  it("goes to the next touchpoint of its stage, else the one before, as Delete does", () => {
    expect(placeAfterRemoval(map, dropping(map, "b"), { kind: "touchpoint", id: "b" })).toEqual({
      kind: "touchpoint",
      id: "c",
    });
    expect(placeAfterRemoval(map, dropping(map, "c"), { kind: "touchpoint", id: "c" })).toEqual({
      kind: "touchpoint",
      id: "b",
    });
  });

  it("skips a neighbour moved to another stage, and goes to the Touchpoints cell when none is left", () => {
    const moved = { ...dropping(map, "a", "b"), touchpoints: [{ ...map.touchpoints[2]!, stageId: s1 }] };
    expect(placeAfterRemoval(map, moved, { kind: "touchpoint", id: "b" })).toEqual({
      kind: "cell",
      laneId: lane,
      stageId: s0,
    });
  });

  it("goes to the stage header on a map without a Touchpoints lane", () => {
    const chips = { ...map, lanes: map.lanes.filter((l) => l.id !== lane) };
    expect(placeAfterRemoval(chips, dropping(chips, "a", "b", "c"), { kind: "touchpoint", id: "a" })).toEqual(
      {
        kind: "stage",
        id: s0,
      },
    );
  });
});

import { createCard, createJourneyMap, type JourneyMap, SET_ASIDE_KEY } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { repairMerged } from "./repair-merged.js";

const base = (): JourneyMap => {
  const map = createJourneyMap({ id: "map", now: new Date("2026-01-01T00:00:00Z") });
  const cards = [0, 1, 2].map((i) =>
    createCard({ id: `c${i}`, laneId: map.lanes[0]!.id, stageId: map.stages[0]!.id, text: `note ${i}` }),
  );
  return { ...map, cards };
};

describe("repairMerged", () => {
  it("gives a valid merged map back itself, with no repairs and no damage", () => {
    const map = base();
    const result = repairMerged(map);
    expect(result.map).toBe(map);
    expect(result.repairs).toEqual([]);
    expect(result.damage.size).toBe(0);
  });

  it("sets aside a card whose stage another client removed; what it did not touch keeps its identity", () => {
    const map = base();
    const merged = { ...map, cards: [map.cards[0]!, { ...map.cards[1]!, stageId: "gone" }, map.cards[2]!] };
    const { map: repaired, repairs, damage } = repairMerged(merged);
    expect(repaired.cards.map((card) => card.id)).toEqual(["c0", "c2"]);
    expect(repaired.cards[0]).toBe(map.cards[0]);
    expect(repaired.cards[1]).toBe(map.cards[2]);
    expect(repaired.stages).toBe(map.stages);
    expect(repaired.title).toBe(map.title);
    expect(repaired.meta?.[SET_ASIDE_KEY]).toMatchObject([{ collection: "cards", record: { id: "c1" } }]);
    expect(repairs).toMatchObject([{ at: { collection: "cards", index: 1 }, action: "set aside record" }]);
    expect(damage).toEqual(new Map([["cards", new Set(["c1"])]]));
  });

  it("names a whole collection as damaged where a record got a new id", () => {
    const map = base();
    const merged = { ...map, cards: [map.cards[0]!, { ...map.cards[1]!, id: "c0" }] };
    const { map: repaired, damage } = repairMerged(merged);
    expect(new Set(repaired.cards.map((card) => card.id)).size).toBe(2);
    expect(damage.get("cards")).toBe("all");
  });

  it("gives every client the same map for the same merged doc", () => {
    const map = base();
    const merged = { ...map, cards: map.cards.map((card) => ({ ...card, laneId: "gone" })) };
    expect(repairMerged(merged)).toEqual(repairMerged(structuredClone(merged)));
  });
});

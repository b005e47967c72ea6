import { createCard, createJourneyMap, type JourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { referencedCollections, repairChanges } from "./repair-changes.js";

const base = (): JourneyMap => {
  const map = createJourneyMap({ id: "map", now: new Date("2026-01-01T00:00:00Z") });
  const cards = [0, 1].map((i) =>
    createCard({ id: `c${i}`, laneId: map.lanes[0]!.id, stageId: map.stages[0]!.id }),
  );
  return { ...map, cards };
};

const cardsChanged = (...ids: string[]) => ({ records: new Map([["cards", new Set(ids)]]), fields: false });

describe("repairChanges", () => {
  it("knows from core's schema which collections records point at", () => {
    expect([...referencedCollections()]).toEqual(
      expect.arrayContaining(["stages", "lanes", "personas", "touchpoints"]),
    );
    expect(referencedCollections().has("cards")).toBe(false);
  });

  it("returns the merged map itself when the changed cards are valid", () => {
    const map = base();
    const result = repairChanges(map, cardsChanged("c1"), map);
    expect(result).toEqual({ map, repairs: [] });
    expect(result.map.stages).toBe(map.stages);
  });

  it("repairs a changed card that names a missing stage", () => {
    const map = base();
    const broken = { ...map, cards: [map.cards[0]!, { ...map.cards[1]!, stageId: "gone" }] };
    const { map: repaired, repairs } = repairChanges(broken, cardsChanged("c1"), map);
    expect(repaired.cards.map((card) => card.id)).toEqual(["c0"]);
    expect(repairs).toEqual([{ path: "cards[1]", action: "removed record" }]);
  });

  it("checks the whole map when a stage changed (cards may point at it)", () => {
    const map = base();
    const withoutStage = { ...map, stages: map.stages.slice(1) };
    const changes = { records: new Map([["stages", new Set([map.stages[0]!.id])]]), fields: false };
    expect(repairChanges(withoutStage, changes, map).map.cards).toEqual([]);
  });

  it("with the previous read, takes the doc's own list of cards and checks only the changed card", () => {
    const map = base();
    const merged = { ...map, cards: [map.cards[0]!, { ...map.cards[1]!, text: "changed" }] };
    const record = (_collection: string, id: string) => merged.cards.find((card) => card.id === id);
    const result = repairChanges(merged, cardsChanged("c1"), map, { merged: map, record });
    expect(result.map.cards).toBe(merged.cards);
    const broken = { ...map, cards: [map.cards[0]!, { ...map.cards[1]!, stageId: "gone" }] };
    const find = (_collection: string, id: string) => broken.cards.find((card) => card.id === id);
    const repaired = repairChanges(broken, cardsChanged("c1"), map, { merged: map, record: find });
    expect(repaired.map.cards.map((card) => card.id)).toEqual(["c0"]);
  });

  it("keeps out a record the previous repair left out, while another card changes", () => {
    const map = base();
    const hidden = createCard({ id: "hidden", laneId: map.lanes[0]!.id, stageId: "removed-elsewhere" });
    const merged = {
      ...map,
      cards: [...map.cards.slice(0, 1), { ...map.cards[1]!, text: "changed" }, hidden],
    };
    const { map: shown } = repairChanges(merged, cardsChanged("c1"), map);
    expect(shown.cards.map((card) => card.id)).toEqual(["c0", "c1"]);
    // The same when the previous read is known: the list shown was not the doc's (repair left one out).
    const before = { ...map, cards: [...map.cards, hidden] };
    const record = (_collection: string, id: string) => merged.cards.find((card) => card.id === id);
    const known = repairChanges(merged, cardsChanged("c1"), map, { merged: before, record });
    expect(known.map.cards.map((card) => card.id)).toEqual(["c0", "c1"]);
    expect(shown.cards[1]!.text).toBe("changed");
    expect(shown.cards[0]).toBe(map.cards[0]);
  });
});

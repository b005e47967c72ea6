import { createCard, createJourneyMap, type JourneyMap, SET_ASIDE_KEY } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import type { MergedMap } from "./merged-map.js";
import { type EarlierRead, referencedCollections, repairChanges } from "./repair-changes.js";
import { repairMerged } from "./repair-merged.js";

const base = (): JourneyMap => {
  const map = createJourneyMap({ id: "map", now: new Date("2026-01-01T00:00:00Z") });
  const cards = [0, 1].map((i) =>
    createCard({ id: `c${i}`, laneId: map.lanes[0]!.id, stageId: map.stages[0]!.id }),
  );
  return { ...map, cards };
};

const cardsChanged = (...ids: string[]) => ({ records: new Map([["cards", new Set(ids)]]), fields: false });

/** What the adapter knows before a read: the map shown, made from `merged`, whose records are `now`'s. */
function earlier(merged: MergedMap, now: JourneyMap): EarlierRead {
  const { map, damage } = repairMerged(merged);
  const record = (_collection: string, id: string) => now.cards.find((card) => card.id === id);
  return { shown: map, merged, damage, record };
}

describe("repairChanges", () => {
  it("knows from core's registry which collections records point at", () => {
    expect([...referencedCollections()]).toEqual(
      expect.arrayContaining(["stages", "lanes", "personas", "touchpoints", "sources"]),
    );
    expect(referencedCollections().has("cards")).toBe(false);
  });

  it("takes the doc's own list of cards when a changed card is valid, checking only that card", () => {
    const map = base();
    const merged = { ...map, cards: [map.cards[0]!, { ...map.cards[1]!, text: "changed" }] };
    const result = repairChanges(merged, cardsChanged("c1"), earlier(map, merged));
    expect(result.map.cards).toBe(merged.cards);
    expect(result.map.stages).toBe(map.stages);
    expect(result.repairs).toEqual([]);
  });

  it("sets aside a changed card that names a missing stage, as the whole repair does", () => {
    const map = base();
    const broken = { ...map, cards: [map.cards[0]!, { ...map.cards[1]!, stageId: "gone" }] };
    const { map: repaired, repairs } = repairChanges(broken, cardsChanged("c1"), earlier(map, broken));
    expect(repaired.cards.map((card) => card.id)).toEqual(["c0"]);
    expect(repairs).toMatchObject([{ path: "cards[1]", action: "set aside record" }]);
    expect(repaired).toEqual(repairMerged(broken).map);
  });

  it("checks the whole map when a stage changed (cards may point at it)", () => {
    const map = base();
    const withoutStage = { ...map, stages: map.stages.slice(1) };
    const changes = { records: new Map([["stages", new Set([map.stages[0]!.id])]]), fields: false };
    const { map: repaired } = repairChanges(withoutStage, changes, earlier(map, map));
    expect(repaired.cards).toEqual([]);
    expect(repaired.meta?.[SET_ASIDE_KEY]).toHaveLength(2);
  });

  it("keeps a record the last repair set aside out, and the set-aside list, while another card changes", () => {
    const map = base();
    const hidden = createCard({ id: "hidden", laneId: map.lanes[0]!.id, stageId: "removed-elsewhere" });
    const before = { ...map, cards: [...map.cards, hidden] };
    const merged = { ...map, cards: [map.cards[0]!, { ...map.cards[1]!, text: "changed" }, hidden] };
    const known = earlier(before, merged);
    const { map: shown } = repairChanges(merged, cardsChanged("c1"), known);
    expect(shown.cards.map((card) => card.id)).toEqual(["c0", "c1"]);
    expect(shown.cards[1]!.text).toBe("changed");
    expect(shown.cards[0]).toBe(map.cards[0]);
    expect(shown.meta).toBe(known.shown.meta);
    expect(shown).toEqual(repairMerged(merged).map);
  });

  it("repairs the whole map when the changed card is one the last repair set aside", () => {
    const map = base();
    const hidden = createCard({ id: "hidden", laneId: map.lanes[0]!.id, stageId: "removed-elsewhere" });
    const before = { ...map, cards: [...map.cards, hidden] };
    const fixed = { ...hidden, stageId: map.stages[0]!.id };
    const merged = { ...map, cards: [...map.cards, fixed] };
    const { map: shown } = repairChanges(merged, cardsChanged("hidden"), earlier(before, merged));
    expect(shown.cards.map((card) => card.id)).toEqual(["c0", "c1", "hidden"]);
    expect(shown.meta?.[SET_ASIDE_KEY]).toBeUndefined();
  });
});

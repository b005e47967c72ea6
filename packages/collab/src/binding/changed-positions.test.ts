import { addCard, createCard, createJourneyMap, type JourneyMap, updateCard } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { changedPositions } from "./changed-positions.js";
import { mapPatches } from "./map-patches.js";

const start = (): JourneyMap => {
  const map = createJourneyMap({ id: "map", now: new Date("2026-01-01T00:00:00Z") });
  const cards = [0, 1, 2, 3].map((i) =>
    createCard({ id: `c${i}`, laneId: map.lanes[0]!.id, stageId: map.stages[0]!.id, text: `note ${i}` }),
  );
  return { ...map, cards };
};

const cardsChanged = (...ids: string[]) => ({ records: new Map([["cards", new Set(ids)]]), fields: false });
const indexIn = (map: JourneyMap) => (_collection: string, id: string) =>
  map.cards.findIndex((card) => card.id === id);

describe("changedPositions", () => {
  it("names where an edited card sits when the lists shown are the reader's own", () => {
    const before = start();
    const after = updateCard(before, { id: "c2", changes: { text: "edited" } });
    const at = changedPositions({ before, after }, { before, after }, cardsChanged("c2"), indexIn(after));
    expect(at("cards")).toEqual([2]);
    expect(at("stages")).toBeUndefined();
    expect(mapPatches(before, after, at)).toEqual([
      { op: "replace", path: ["cards", 2], value: after.cards[2] },
    ]);
  });

  it("knows nothing when a card came, or when the list shown is not the one read (a repair made it)", () => {
    const before = start();
    const added = addCard(before, {
      record: createCard({ id: "new", laneId: before.lanes[0]!.id, stageId: before.stages[0]!.id }),
    });
    const read = { before, after: added };
    expect(
      changedPositions({ before, after: added }, read, cardsChanged("new"), indexIn(added))("cards"),
    ).toBe(undefined);
    const edited = updateCard(before, { id: "c1", changes: { text: "edited" } });
    const repaired = { ...edited, cards: edited.cards.slice(0, 3) };
    const at = changedPositions(
      { before, after: repaired },
      { before, after: edited },
      cardsChanged("c1"),
      indexIn(edited),
    );
    expect(at("cards")).toBeUndefined();
    expect(mapPatches(before, repaired, at)).toEqual([
      { op: "replace", path: ["cards"], value: repaired.cards },
    ]);
  });
});

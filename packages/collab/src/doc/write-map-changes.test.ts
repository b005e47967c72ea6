import {
  addCard,
  createCard,
  createJourneyMap,
  type JourneyMap,
  moveCard,
  removeCard,
  updateCard,
} from "@journeykit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { ORDER_KEY } from "./doc-layout.js";
import { createDocReader } from "./doc-reader.js";
import { docToMap } from "./doc-to-map.js";
import { mapToDoc } from "./map-to-doc.js";
import { writeMapChanges } from "./write-map-changes.js";

const start = (cards = 4): JourneyMap => {
  const map = createJourneyMap({ id: "map", now: new Date("2026-01-01T00:00:00Z") });
  const list = Array.from({ length: cards }, (_, i) =>
    createCard({ id: `card-${i}`, laneId: map.lanes[0]!.id, stageId: map.stages[0]!.id, text: `note ${i}` }),
  );
  return { ...map, cards: list };
};

/** Every change the doc's records see during `write`, as "id: keys changed". */
function changesDuring(doc: Y.Doc, write: () => void): string[] {
  const seen: string[] = [];
  const cards = doc.getMap<Y.Map<unknown>>("cards");
  const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    for (const event of events) {
      if (event.target === cards)
        for (const id of event.changes.keys.keys()) seen.push(`${id}: added or removed`);
      else if (event instanceof Y.YMapEvent)
        seen.push(`${event.path[0]}: ${[...event.keysChanged].join(",")}`);
      else seen.push(`${event.path[0]}: ${event.path[1]}`);
    }
  };
  cards.observeDeep(observer);
  write();
  cards.unobserveDeep(observer);
  return seen.sort();
}

describe("writeMapChanges", () => {
  it("adds a card as one new record keyed between its neighbours, touching no other card", () => {
    const map = start();
    const doc = mapToDoc(map);
    const reader = createDocReader(doc);
    const record = createCard({ id: "new", laneId: map.lanes[0]!.id, stageId: map.stages[0]!.id });
    const next = addCard(map, { record, index: 2 });
    expect(changesDuring(doc, () => writeMapChanges(doc, reader, map, next, "test"))).toEqual([
      "new: added or removed",
    ]);
    const cards = doc.getMap<Y.Map<unknown>>("cards");
    const key = (id: string) => cards.get(id)!.get(ORDER_KEY) as string;
    expect(key("card-1") < key("new") && key("new") < key("card-2")).toBe(true);
    expect(docToMap(doc)).toEqual(next);
  });

  it("writes a card's edit, a removal and an addition of one step, and nothing else", () => {
    const map = start();
    const doc = mapToDoc(map);
    const reader = createDocReader(doc);
    const record = createCard({ id: "new", laneId: map.lanes[0]!.id, stageId: map.stages[0]!.id });
    let next = updateCard(map, { id: "card-3", changes: { severity: 2 } });
    next = removeCard(next, { id: "card-1" });
    next = addCard(next, { record });
    expect(changesDuring(doc, () => writeMapChanges(doc, reader, map, next, "test"))).toEqual([
      "card-1: added or removed",
      "card-3: severity",
      "new: added or removed",
    ]);
    expect(docToMap(doc)).toEqual(next);
  });

  it("after any sequence of edits, the doc reads back as the map that was written", () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant("add" as const), index: fc.nat(12) }),
      fc.record({ kind: fc.constant("remove" as const), card: fc.nat(12) }),
      fc.record({ kind: fc.constant("text" as const), card: fc.nat(12), text: fc.string({ maxLength: 4 }) }),
      fc.record({ kind: fc.constant("move" as const), card: fc.nat(12), index: fc.nat(12) }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(step, { minLength: 1, maxLength: 3 }), { maxLength: 8 }), (edits) => {
        let map = start();
        const doc = mapToDoc(map);
        const reader = createDocReader(doc);
        edits.forEach((steps, e) => {
          let next = map;
          steps.forEach((s, k) => {
            const id = next.cards[("card" in s ? s.card : 0) % Math.max(next.cards.length, 1)]?.id;
            if (s.kind === "add") {
              const record = createCard({
                id: `new-${e}-${k}`,
                laneId: map.lanes[0]!.id,
                stageId: map.stages[0]!.id,
              });
              next = addCard(next, { record, index: s.index % (next.cards.length + 1) });
            } else if (!id) return;
            else if (s.kind === "remove") next = removeCard(next, { id });
            else if (s.kind === "text") next = updateCard(next, { id, changes: { text: s.text } });
            else
              next = moveCard(next, {
                id,
                laneId: map.lanes[0]!.id,
                stageId: map.stages[0]!.id,
                index: s.index,
              });
          });
          writeMapChanges(doc, reader, map, next, "test");
          reader.adopt(next, ["cards"]);
          expect(docToMap(doc)).toEqual(next);
          map = next;
        });
      }),
      { numRuns: process.env.CI ? 300 : 80 },
    );
  });
});

import { createCard, createJourneyMap, type JourneyMap } from "@journeykit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { ORDER_KEY } from "./doc-layout.js";
import { createDocReader } from "./doc-reader.js";
import { mapToDoc } from "./map-to-doc.js";
import { recordsOf } from "./merged-map.js";

const start = (cards = 5): JourneyMap => {
  const map = createJourneyMap({ id: "map", now: new Date("2026-01-01T00:00:00Z") });
  const list = Array.from({ length: cards }, (_, i) =>
    createCard({ id: `card-${i}`, laneId: map.lanes[0]!.id, stageId: map.stages[0]!.id, text: `note ${i}` }),
  );
  return { ...map, cards: list };
};

const cardsOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>("cards");

describe("createDocReader", () => {
  it("after an edit of one card, every other record and every other list is the same object as before", () => {
    const doc = mapToDoc(start());
    const reader = createDocReader(doc);
    const before = reader.read()!;
    (cardsOf(doc).get("card-2")!.get("text") as Y.Text).insert(0, "Edited: ");
    const after = reader.read()!;
    expect(after.cards).not.toBe(before.cards);
    expect(recordsOf(after, "cards")[2]!.text).toBe("Edited: note 2");
    recordsOf(after, "cards").forEach((card, i) => {
      if (i !== 2) expect(card).toBe(recordsOf(before, "cards")[i]);
    });
    expect(after.stages).toBe(before.stages);
    expect(after.lanes).toBe(before.lanes);
    expect(recordsOf(before, "cards")[2]!.text).toBe("note 2");
  });

  it("finds a record and its place by id, as the last read gave them", () => {
    const doc = mapToDoc(start());
    const reader = createDocReader(doc);
    const map = reader.read()!;
    expect(reader.indexOf("cards", "card-3")).toBe(3);
    expect(reader.record("cards", "card-3")).toBe(recordsOf(map, "cards")[3]);
    expect(reader.indexOf("cards", "nowhere")).toBe(-1);
    expect(reader.record("cards", "nowhere")).toBeUndefined();
  });

  it("hands out the editor's own list once it adopts a map that holds what the doc holds", () => {
    const map = start();
    const doc = mapToDoc(map);
    const reader = createDocReader(doc);
    reader.read();
    reader.adopt(map, ["cards"]);
    expect(reader.read()!.cards).toBe(map.cards);
    expect(reader.takeChanges().records.size).toBe(0);
  });

  it("reads the same map as a fresh reader after any sequence of edits, moves, additions and removals", () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant("text" as const), card: fc.nat(29), text: fc.string({ maxLength: 3 }) }),
      fc.record({
        kind: fc.constant("severity" as const),
        card: fc.nat(29),
        value: fc.integer({ min: 1, max: 5 }),
      }),
      fc.record({
        kind: fc.constant("move" as const),
        card: fc.nat(29),
        key: fc.constantFrom("a0", "a5", "Zz", "b"),
      }),
      fc.record({
        kind: fc.constant("add" as const),
        card: fc.nat(29),
        key: fc.constantFrom("a0", "a3", "c"),
      }),
      fc.record({ kind: fc.constant("remove" as const), card: fc.nat(29) }),
      fc.record({ kind: fc.constant("many" as const), text: fc.string({ maxLength: 2 }) }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(edit, { minLength: 1, maxLength: 4 }), { maxLength: 8 }),
        (transactions) => {
          const map = start(70);
          const doc = mapToDoc(map);
          const reader = createDocReader(doc);
          reader.read();
          const cards = cardsOf(doc);
          for (const transaction of transactions) {
            doc.transact(() => {
              for (const step of transaction) {
                const id = `card-${"card" in step ? step.card : 0}`;
                const record = cards.get(id);
                if (step.kind === "add") {
                  cards.set(
                    id,
                    new Y.Map<unknown>([
                      ["id", id],
                      ["laneId", map.lanes[0]!.id],
                      ["stageId", map.stages[0]!.id],
                      ["text", new Y.Text("new")],
                      [ORDER_KEY, step.key],
                    ]),
                  );
                } else if (step.kind === "remove") cards.delete(id);
                else if (step.kind === "many") {
                  // More changed records than the reader patches in one by one: the list is sorted again.
                  for (const each of cards.values()) (each.get("text") as Y.Text).insert(0, step.text || "x");
                } else if (record) {
                  if (step.kind === "text") (record.get("text") as Y.Text).insert(0, step.text);
                  if (step.kind === "severity") record.set("severity", step.value);
                  if (step.kind === "move") record.set(ORDER_KEY, step.key);
                }
              }
            });
            const fresh = createDocReader(doc);
            expect(reader.read()).toEqual(fresh.read());
            fresh.destroy();
          }
        },
      ),
      { numRuns: process.env.CI ? 400 : 100 },
    );
  });
});

import { type Card, createCard, createJourneyMap, documentIndex } from "@journeykit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cardsInCell, recordById } from "./record-index.js";

const cards: Card[] = [
  createCard({ laneId: "l1", stageId: "s1", text: "a" }),
  createCard({ laneId: "l1", stageId: "s2", text: "b" }),
  createCard({ laneId: "l1", stageId: "s1", text: "c" }),
];

describe("record indexes", () => {
  it("finds a record by id, the same object as in the array", () => {
    expect(recordById(cards, cards[1]!.id)).toBe(cards[1]);
    expect(recordById(cards, "missing")).toBeUndefined();
  });

  it("lists a cell's cards in the map's order, an empty cell as an empty list", () => {
    expect(cardsInCell(cards, "l1", "s1").map((c) => c.text)).toEqual(["a", "c"]);
    expect(cardsInCell(cards, "l2", "s1")).toEqual([]);
  });

  it("answers from core's document index, the same cell list the layout and operations read", () => {
    const map = { ...createJourneyMap(), cards };
    expect(cardsInCell(map.cards, "l1", "s1")).toBe(documentIndex(map).cardsInCell("s1", "l1"));
  });

  it("indexes a new array afresh (a changed collection), never a stale copy", () => {
    const next = [...cards.slice(0, 2), { ...cards[2]!, stageId: "s2" }];
    expect(cardsInCell(next, "l1", "s2").map((c) => c.text)).toEqual(["b", "c"]);
    expect(recordById(next, cards[2]!.id)).toBe(next[2]);
    expect(cardsInCell(cards, "l1", "s1")).toHaveLength(2);
  });

  it("after any edits (in place, appended, moved, removed) answers as a scan of the array would, old arrays too", () => {
    const edit = fc.record({
      kind: fc.constantFrom("text", "cell", "add", "remove", "move"),
      at: fc.nat(),
      lane: fc.constantFrom("l1", "l2"),
      stage: fc.constantFrom("s1", "s2", "s3"),
    });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 30 }), (edits) => {
        let list: Card[] = Array.from({ length: 6 }, (_, i) =>
          createCard({ laneId: i % 2 ? "l1" : "l2", stageId: "s1", text: `c${i}` }),
        );
        const versions: Card[][] = [list];
        // Lists handed out stay as they were (a component may hold one from an older state).
        const held: [readonly Card[], Card[]][] = [];
        const check = (cards: Card[]) => {
          for (const card of cards) expect(recordById(cards, card.id)).toBe(card);
          for (const lane of ["l1", "l2"])
            for (const stage of ["s1", "s2", "s3"]) {
              const cell = cardsInCell(cards, lane, stage);
              expect(cell).toEqual(cards.filter((c) => c.laneId === lane && c.stageId === stage));
              held.push([cell, [...cell]]);
            }
        };
        check(list);
        for (const e of edits) {
          const i = list.length > 0 ? e.at % list.length : 0;
          const next = [...list];
          if (e.kind === "add") next.push(createCard({ laneId: e.lane, stageId: e.stage, text: "new" }));
          else if (list.length === 0) continue;
          else if (e.kind === "text") next[i] = { ...list[i]!, text: `${list[i]!.text}!` };
          else if (e.kind === "cell") next[i] = { ...list[i]!, laneId: e.lane, stageId: e.stage };
          else if (e.kind === "remove") next.splice(i, 1);
          else next.push(...next.splice(i, 1));
          list = next;
          versions.push(list);
          check(list);
        }
        for (const version of versions) check(version);
        for (const [list, copy] of held) expect(list).toEqual(copy);
      }),
      { numRuns: 200 },
    );
  });
});

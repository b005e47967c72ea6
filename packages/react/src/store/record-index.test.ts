import { type Card, createCard } from "@journeykit/core";
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

  it("indexes a new array afresh (a changed collection), never a stale copy", () => {
    const next = [...cards.slice(0, 2), { ...cards[2]!, stageId: "s2" }];
    expect(cardsInCell(next, "l1", "s2").map((c) => c.text)).toEqual(["b", "c"]);
    expect(recordById(next, cards[2]!.id)).toBe(next[2]);
    expect(cardsInCell(cards, "l1", "s1")).toHaveLength(2);
  });
});

import { produce } from "immer";
import { describe, expect, it } from "vitest";
import { createHistory } from "../history/create-history.js";
import { applyOperation } from "../operations/apply-operation.js";
import { addCard, moveCard, removeCard, updateCard } from "../operations/card-operations.js";
import { updateTouchpoint } from "../operations/touchpoint-operations.js";
import { type Card, createCard } from "../records/card.js";
import { createJourneyMap, type JourneyMap } from "../records/journey-map.js";
import { createTouchpoint } from "../records/touchpoint.js";
import { cardIndex, carryDocumentIndex, documentIndex, recordIndex } from "./document-index.js";

/** A map of `stages` x `lanes` cells with `perCell` cards each, in cell order. */
function gridMap(perCell: number): JourneyMap {
  const map = createJourneyMap({ title: "Grid" });
  const cards: Card[] = [];
  for (const lane of map.lanes)
    for (const stage of map.stages)
      for (let i = 0; i < perCell; i++)
        cards.push(createCard({ laneId: lane.id, stageId: stage.id, text: `${lane.id} ${stage.id} ${i}` }));
  const touchpoints = map.stages.map((stage, i) => createTouchpoint({ stageId: stage.id, name: `t${i}` }));
  return { ...map, cards, touchpoints: [...map.touchpoints, ...touchpoints] };
}

/** Every cell's cards, as the index answers. */
const cells = (map: JourneyMap) =>
  map.lanes.flatMap((lane) => map.stages.map((stage) => documentIndex(map).cardsInCell(stage.id, lane.id)));

describe("documentIndex", () => {
  const map = gridMap(3);
  const index = documentIndex(map);
  const [stage, lane] = [map.stages[1]!, map.lanes[0]!];

  it("finds every record by collection and id, the same object, with its place", () => {
    const card = map.cards[7]!;
    expect(index.byId("cards", card.id)).toBe(card);
    expect(index.positionOf("cards", card.id)).toBe(7);
    expect(index.byId("stages", stage.id)).toBe(stage);
    expect(index.byId("cards", "missing")).toBeUndefined();
    expect(index.positionOf("lanes", "missing")).toBe(-1);
    expect(index.byId("cards", stage.id)).toBeUndefined();
    expect(index.positionOf("cards", 7 as unknown as string)).toBe(-1);
  });

  it("lists a cell's cards in document order, an empty or unknown cell as an empty list", () => {
    expect(index.cardsInCell(stage.id, lane.id)).toEqual(
      map.cards.filter((c) => c.stageId === stage.id && c.laneId === lane.id),
    );
    expect(index.cardsInCell(stage.id, lane.id)).toHaveLength(3);
    expect(index.cardsInCell("missing", lane.id)).toEqual([]);
    expect(index.cardsInCell(lane.id, stage.id)).toEqual([]);
  });

  it("says which cell a card is in", () => {
    const card = map.cards[4]!;
    expect(index.cellOf(card.id)).toEqual({ stageId: card.stageId, laneId: card.laneId });
    expect(index.cellOf("missing")).toBeUndefined();
  });

  it("lists a stage's touchpoints in document order", () => {
    expect(index.touchpointsInStage(stage.id)).toEqual(map.touchpoints.filter((t) => t.stageId === stage.id));
    expect(index.touchpointsInStage("missing")).toEqual([]);
  });

  it("is made once per map, and shares a list's index with recordIndex and cardIndex", () => {
    expect(documentIndex(map)).toBe(index);
    expect(documentIndex({ ...map })).not.toBe(index);
    expect(recordIndex(map.cards).byId(map.cards[2]!.id)).toBe(map.cards[2]);
    expect(cardIndex(map.cards).cardsInCell(stage.id, lane.id)).toBe(index.cardsInCell(stage.id, lane.id));
  });

  it("keeps two cells apart whose lane and stage ids run together the same way", () => {
    const cards = [
      createCard({ laneId: "ab", stageId: "c", text: "1" }),
      createCard({ laneId: "a", stageId: "bc", text: "2" }),
    ];
    expect(cardIndex(cards).cardsInCell("c", "ab")).toEqual([cards[0]]);
    expect(cardIndex(cards).cardsInCell("bc", "a")).toEqual([cards[1]]);
  });

  it("refuses an immer draft, whose lists change under it", () => {
    produce(map, (draft) => {
      expect(() => documentIndex(draft as JourneyMap)).toThrow(TypeError);
      expect(() => recordIndex(draft.cards)).toThrow(TypeError);
    });
  });
});

describe("an index carried across edits", () => {
  it("after a card's text edit, shares every cell but the card's and finds the new record", () => {
    const map = gridMap(4);
    const before = cells(map);
    const card = map.cards[13]!;
    const next = applyOperation(map, updateCard, { id: card.id, changes: { text: "New" } }).map;
    const after = cells(next);
    const changed = after.filter((cell, i) => cell !== before[i]);
    expect(changed).toHaveLength(1);
    expect(changed[0]!.map((c) => c.text)).toContain("New");
    expect(documentIndex(next).byId("cards", card.id)?.text).toBe("New");
    // The old map's index still answers for the old map.
    expect(documentIndex(map).byId("cards", card.id)).toBe(card);
    expect(documentIndex(map).cardsInCell(card.stageId, card.laneId)).toContain(card);
  });

  it("after a move to another cell, changes those two cells only", () => {
    const map = gridMap(4);
    const before = cells(map);
    const card = map.cards[1]!;
    const [stage, lane] = [map.stages[2]!, map.lanes[3]!];
    const next = applyOperation(map, moveCard, {
      id: card.id,
      stageId: stage.id,
      laneId: lane.id,
      index: 1,
    }).map;
    const after = cells(next);
    expect(after.filter((cell, i) => cell !== before[i])).toHaveLength(2);
    const target = documentIndex(next).cardsInCell(stage.id, lane.id);
    expect(target).toEqual(next.cards.filter((c) => c.stageId === stage.id && c.laneId === lane.id));
    expect(target[1]!.id).toBe(card.id);
    expect(documentIndex(next).positionOf("cards", card.id)).toBe(
      next.cards.findIndex((c) => c.id === card.id),
    );
  });

  it("after an add and a removal, answers as an index built afresh", () => {
    const map = gridMap(2);
    cells(map);
    const card = createCard({ laneId: map.lanes[0]!.id, stageId: map.stages[0]!.id, text: "Added" });
    const added = applyOperation(map, addCard, { record: card, index: 1 }).map;
    const removed = applyOperation(added, removeCard, { id: map.cards[5]!.id }).map;
    const fresh = structuredClone(removed);
    for (const c of removed.cards) {
      expect(documentIndex(removed).positionOf("cards", c.id)).toBe(
        documentIndex(fresh).positionOf("cards", c.id),
      );
      expect(documentIndex(removed).cellOf(c.id)).toEqual(documentIndex(fresh).cellOf(c.id));
    }
    expect(cells(removed)).toEqual(cells(fresh));
    expect(documentIndex(removed).byId("cards", map.cards[5]!.id)).toBeUndefined();
  });

  it("after an undo (the history carries the index), answers for the map the undo gave", () => {
    const map = gridMap(2);
    cells(map);
    const history = createHistory();
    const tp = map.touchpoints[0]!;
    const applied = applyOperation(map, updateTouchpoint, { id: tp.id, changes: { name: "Renamed" } });
    history.record(applied);
    documentIndex(applied.map).touchpointsInStage(tp.stageId);
    const undone = history.undo(applied.map);
    expect(
      documentIndex(undone)
        .touchpointsInStage(tp.stageId)
        .map((t) => t.name),
    ).toEqual([tp.name]);
    expect(documentIndex(undone).byId("touchpoints", tp.id)?.name).toBe(tp.name);
    // Every stage but the touchpoint's keeps its list.
    const before = map.stages.map((s) => documentIndex(applied.map).touchpointsInStage(s.id));
    const after = map.stages.map((s) => documentIndex(undone).touchpointsInStage(s.id));
    expect(after.filter((list, i) => list !== before[i])).toHaveLength(1);
  });

  it("carried by a binding with the edit's patches, compares the lists only where they say", () => {
    const map = gridMap(2);
    cells(map);
    const card = map.cards[3]!;
    const cards = map.cards.slice();
    cards[3] = { ...card, text: "Remote" };
    const next = { ...map, cards };
    carryDocumentIndex(map, next, [{ op: "replace", path: ["cards", 3, "text"], value: "Remote" }]);
    expect(documentIndex(next).cardsInCell(card.stageId, card.laneId)).toContain(cards[3]);
    expect(cells(next).filter((cell, i) => cell !== cells(map)[i])).toHaveLength(1);
    expect(cells(next)).toEqual(cells(structuredClone(next)));
  });
});

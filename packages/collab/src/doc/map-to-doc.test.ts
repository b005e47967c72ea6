import {
  addCard,
  createCard,
  getTemplate,
  moveStage,
  removeStage,
  validateJourneyMap,
} from "@journeykit/core";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { ORDER_KEY } from "./doc-layout.js";
import { createDocReader } from "./doc-reader.js";
import { docToMap } from "./doc-to-map.js";
import { mapToDoc } from "./map-to-doc.js";
import { writeMap } from "./write-map.js";
import { writeMapChanges } from "./write-map-changes.js";

const template = () => getTemplate("restaurant-complaint-recovery")!.create();

describe("mapToDoc / docToMap", () => {
  it("round-trips a template map exactly, order included", () => {
    const map = template();
    expect(docToMap(mapToDoc(map))).toEqual(map);
  });

  it("keeps each collection in doc.getMap(name), each record a flat Y.Map with an order key", () => {
    const map = template();
    const doc = mapToDoc(map);
    const card = map.cards[0]!;
    const record = doc.getMap<Y.Map<unknown>>("cards").get(card.id)!;
    expect(record).toBeInstanceOf(Y.Map);
    expect(record.get("text")).toBe(card.text);
    expect(typeof record.get(ORDER_KEY)).toBe("string");
    expect(docToMap(doc)!.cards[0]).not.toHaveProperty(ORDER_KEY);
  });

  it("is undefined for an empty doc", () => {
    expect(docToMap(new Y.Doc())).toBeUndefined();
  });

  it("writes a move as one changed order key, so the map reads back in the new order", () => {
    const map = template();
    const doc = mapToDoc(map);
    const reader = createDocReader(doc);
    const last = map.stages.at(-1)!;
    const moved = moveStage(map, { id: last.id, toIndex: 0 });
    const updates: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => updates.push(update));
    writeMapChanges(doc, reader, map, moved, "test");
    expect(updates).toHaveLength(1);
    expect(docToMap(doc)).toEqual(moved);
  });

  it("drops a card added concurrently to a stage another client removed (as removeStage would)", () => {
    const map = template();
    const a = mapToDoc(map);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const stage = map.stages[1]!;
    const withCard = addCard(map, {
      record: createCard({ id: "card-late", laneId: map.lanes[0]!.id, stageId: stage.id }),
    });
    writeMapChanges(a, createDocReader(a), map, withCard, "a");
    writeMapChanges(b, createDocReader(b), map, removeStage(map, { id: stage.id }), "b");
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const merged = docToMap(a)!;
    expect(merged).toEqual(docToMap(b));
    expect(validateJourneyMap(merged).ok).toBe(true);
    expect(merged.cards.some((card) => card.id === "card-late")).toBe(false);
    expect(merged).toEqual(removeStage(map, { id: stage.id }));
  });
});

describe("writeMap", () => {
  it("writes only what differs: an unchanged record keeps its Y.Map, a changed one gets its new fields", () => {
    const map = template();
    const doc = mapToDoc(map);
    const untouched = doc.getMap<Y.Map<unknown>>("cards").get(map.cards[1]!.id);
    const restored = {
      ...map,
      title: "Restored",
      cards: [{ ...map.cards[0]!, text: "Changed" }, ...map.cards.slice(1)],
    };
    writeMap(doc, restored);
    expect(doc.getMap<Y.Map<unknown>>("cards").get(map.cards[1]!.id)).toBe(untouched);
    expect(docToMap(doc)).toEqual(restored);
  });

  it("fills an empty doc", () => {
    const map = template();
    const doc = new Y.Doc();
    writeMap(doc, map);
    expect(docToMap(doc)).toEqual(map);
  });
});

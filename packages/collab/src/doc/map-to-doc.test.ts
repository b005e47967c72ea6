import {
  addCard,
  type Card,
  createCard,
  getTemplate,
  moveStage,
  removeStage,
  SET_ASIDE_KEY,
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

  it("keeps each collection in doc.getMap(name), each record a flat Y.Map with an order key (free text a Y.Text)", () => {
    const map = template();
    const doc = mapToDoc(map);
    const card = map.cards[0]!;
    const record = doc.getMap<Y.Map<unknown>>("cards").get(card.id)!;
    expect(record).toBeInstanceOf(Y.Map);
    expect(record.get("text")).toBeInstanceOf(Y.Text);
    expect(String(record.get("text"))).toBe(card.text);
    expect(record.get("laneId")).toBe(card.laneId);
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

  it("sets aside a card added concurrently to a stage another client removed, in the map's meta", () => {
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
    expect(merged.meta?.[SET_ASIDE_KEY]).toMatchObject([
      { collection: "cards", record: { id: "card-late" } },
    ]);
    const { meta: _setAside, ...rest } = merged;
    expect(rest).toEqual(removeStage(map, { id: stage.id }));
  });
});

describe("a document written before free text was a Y.Text", () => {
  /** The doc as journeykit wrote it before: every field a plain value. */
  function oldDoc(map: ReturnType<typeof template>) {
    const doc = mapToDoc(map);
    doc.transact(() => {
      for (const record of doc.getMap<Y.Map<unknown>>("cards").values()) {
        record.set("text", String(record.get("text")));
      }
    });
    return doc;
  }

  it("reads as the same map (snapshots, the map route, repair)", () => {
    const map = template();
    const doc = oldDoc(map);
    expect(doc.getMap<Y.Map<unknown>>("cards").get(map.cards[0]!.id)!.get("text")).toBe(map.cards[0]!.text);
    expect(docToMap(doc)).toEqual(map);
  });

  it("turns a text into a Y.Text on its first edit; other texts stay as they are until edited", () => {
    const map = template();
    const doc = oldDoc(map);
    const [first, second] = map.cards as [Card, Card];
    const edited = { ...map, cards: [{ ...first, text: "Edited" }, ...map.cards.slice(1)] };
    writeMapChanges(doc, createDocReader(doc), map, edited, "test");
    const cards = doc.getMap<Y.Map<unknown>>("cards");
    expect(cards.get(first.id)!.get("text")).toBeInstanceOf(Y.Text);
    expect(cards.get(second.id)!.get("text")).toBe(second.text);
    expect(docToMap(doc)).toEqual(edited);
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

  it("writes a changed text as the characters that differ, so typing not yet merged survives it", () => {
    const map = template();
    const doc = mapToDoc(map);
    const card = map.cards[0]!;
    const deltas: unknown[] = [];
    (doc.getMap<Y.Map<unknown>>("cards").get(card.id)!.get("text") as Y.Text).observe((event) =>
      deltas.push(event.delta),
    );
    writeMap(doc, { ...map, cards: [{ ...card, text: `${card.text}!` }, ...map.cards.slice(1)] });
    expect(deltas).toEqual([[{ retain: card.text.length }, { insert: "!" }]]);
  });

  it("fills an empty doc", () => {
    const map = template();
    const doc = new Y.Doc();
    writeMap(doc, map);
    expect(docToMap(doc)).toEqual(map);
  });
});

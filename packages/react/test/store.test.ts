import { addCard, createCard, getTemplate, setEmotion, updateCard } from "@journeykit/core";
import { describe, expect, it, vi } from "vitest";
import { createJourneyMapStore } from "../src/store/create-journey-map-store.js";

const template = () => getTemplate("coffee-shop-mobile-ordering")!.create();

describe("editor store", () => {
  it("dispatches core operations, calls onChange with a valid map and stamps updatedAt", () => {
    const onChange = vi.fn();
    const map = template();
    const store = createJourneyMapStore({ map, onChange });
    const card = createCard({ laneId: map.lanes[0]!.id, stageId: map.stages[0]!.id, text: "New" });
    store.getState().dispatch(addCard, { record: card });
    expect(onChange).toHaveBeenCalledTimes(1);
    const next = onChange.mock.calls[0]![0];
    expect(next.cards.at(-1)).toEqual(card);
    expect(next.updatedAt).not.toBe(map.updatedAt);
    expect(store.getState().canUndo).toBe(true);
  });

  it("undoes and redoes, including the timestamp", () => {
    const map = template();
    const store = createJourneyMapStore({ map });
    store.getState().dispatch(updateCard, { id: map.cards[0]!.id, changes: { text: "Changed" } });
    store.getState().undo();
    expect(store.getState().map).toEqual(map);
    store.getState().redo();
    expect(store.getState().map.cards[0]!.text).toBe("Changed");
  });

  it("makes a whole drag one undo step", () => {
    const map = template();
    const store = createJourneyMapStore({ map });
    const { personas, stages } = map;
    const s = store.getState();
    s.beginGroup();
    for (const score of [1, 0, -1, -2, -3])
      s.dispatch(setEmotion, { personaId: personas[0]!.id, stageId: stages[0]!.id, score }, "merge");
    s.endGroup();
    expect(store.history.size).toBe(1);
    store.getState().undo();
    expect(store.getState().map.emotions).toEqual(map.emotions);
  });

  it("ignores edits in read-only mode", () => {
    const onChange = vi.fn();
    const map = template();
    const store = createJourneyMapStore({ map, readOnly: true, onChange });
    store.getState().dispatch(updateCard, { id: map.cards[0]!.id, changes: { text: "x" } });
    expect(store.getState().map).toBe(map);
    expect(onChange).not.toHaveBeenCalled();
  });

  it("keeps two stores apart", () => {
    const a = createJourneyMapStore({ map: template() });
    const b = createJourneyMapStore({ map: template() });
    a.getState().dispatch(updateCard, { id: a.getState().map.cards[0]!.id, changes: { text: "only in A" } });
    expect(b.getState().map.cards[0]!.text).not.toBe("only in A");
    expect(b.getState().canUndo).toBe(false);
  });

  it("refuses an invalid external map and reports it", () => {
    const onError = vi.fn();
    const map = template();
    const store = createJourneyMapStore({ map, onError });
    store.getState().setMap({ ...map, cards: [{ ...map.cards[0]!, laneId: "ghost" }] });
    expect(store.getState().map).toBe(map);
    expect(onError.mock.calls[0]![0][0]).toEqual({
      path: "cards[0].laneId",
      message: 'no lane with id "ghost"',
      at: { collection: "cards", index: 0, field: "laneId" },
    });
  });
});

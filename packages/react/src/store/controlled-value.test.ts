import { addCard, createCard, createJourneyMap, type JourneyMap, updateMap } from "@journeykit/core";
import { describe, expect, it, vi } from "vitest";
import { createJourneyMapStore } from "./create-journey-map-store.js";

/** A controlled store and the maps it reported; `answer` is the host's render with its value. */
function controlledStore() {
  const initial = createJourneyMap({ title: "Bakery" });
  const reported: JourneyMap[] = [];
  const onError = vi.fn();
  const store = createJourneyMapStore({
    map: initial,
    controlled: true,
    onChange: (map) => reported.push(map),
    onError,
  });
  const add = (text: string) => {
    const map = store.getState().map;
    store.getState().dispatch(addCard, {
      record: createCard({ laneId: map.lanes[0]!.id, stageId: map.stages[0]!.id, text }),
    });
  };
  const texts = () => store.getState().map.cards.map((c) => c.text);
  const answer = (value: JourneyMap) => store.getState().receiveValue(value);
  return { initial, store, reported, onError, add, texts, answer };
}

describe("a controlled editor's edits and the host's answer (receiveValue)", () => {
  it("an edit the host applies stays on screen and undoable", () => {
    const { store, reported, add, texts, answer } = controlledStore();
    add("Queue");
    answer(reported.at(-1)!);
    expect(texts()).toEqual(["Queue"]);
    expect(store.getState().canUndo).toBe(true);
    store.getState().undo();
    expect(texts()).toEqual([]);
  });

  it("an edit the host does not apply leaves the screen and the history", () => {
    const { initial, store, add, texts, answer } = controlledStore();
    add("Not taken");
    expect(texts()).toEqual(["Not taken"]); // shown at once, until the host answers
    answer(initial);
    expect(store.getState().map).toBe(initial);
    expect([store.getState().canUndo, store.getState().canRedo]).toEqual([false, false]);
  });

  it("an undo the host does not apply: the edit is back on screen and still undoable", () => {
    const { store, reported, add, texts, answer } = controlledStore();
    add("Kept");
    const kept = reported.at(-1)!;
    answer(kept);
    store.getState().undo();
    answer(kept);
    expect(texts()).toEqual(["Kept"]);
    expect([store.getState().canUndo, store.getState().canRedo]).toEqual([true, false]);
  });

  it("a host taking the first of two edits: the second leaves the screen and the history", () => {
    const { store, reported, add, texts, answer } = controlledStore();
    add("First");
    add("Second");
    answer(reported[0]!);
    expect(texts()).toEqual(["First"]);
    store.getState().undo();
    expect(texts()).toEqual([]);
    expect(store.getState().canUndo).toBe(false);
  });

  it("a map of the host's own instead of an edit: shown; the edit is not undoable, earlier steps that still fit are", () => {
    const { store, reported, add, texts, answer } = controlledStore();
    add("Taken");
    answer(reported.at(-1)!);
    store.getState().dispatch(updateMap, { changes: { title: "Not taken" } });
    const own = updateMap(reported[0]!, { changes: { description: "The host's words" } });
    answer(own);
    expect(store.getState().map).toBe(own);
    store.getState().undo(); // the card: its step still fits the host's map
    expect(texts()).toEqual([]);
    expect(store.getState().map.title).toBe("Bakery");
    expect(store.getState().map.description).toBe("The host's words");
    expect(store.getState().canUndo).toBe(false);
  });

  it("an invalid value reaches onError and changes nothing", () => {
    const { store, add, texts, answer, onError } = controlledStore();
    add("Shown");
    const shown = store.getState().map;
    answer({ ...shown, stages: "nope" } as never);
    expect(onError).toHaveBeenCalled();
    expect(store.getState().map).toBe(shown);
    expect(texts()).toEqual(["Shown"]);
  });
});

import {
  addCard,
  createCard,
  createJourneyMap,
  type JourneyMap,
  removeCard,
  updateMap,
} from "@journeykit/core";
import { applyPatches, enablePatches } from "immer";
import { describe, expect, it, vi } from "vitest";
import { createJourneyMapStore } from "./create-journey-map-store.js";
import type { EditorChange } from "./editor-change.js";
import { refusalOf } from "./editor-change.js";

enablePatches();

const start = () => createJourneyMap({ title: "Bakery" });
const newCard = (map: JourneyMap, text: string) =>
  createCard({ laneId: map.lanes[0]!.id, stageId: map.stages[0]!.id, text });
/** The change reaches from `before` to `after`: its patches replayed on `before` give `after`. */
const replays = (change: EditorChange, before: JourneyMap, after: JourneyMap) =>
  expect(applyPatches(before, change.patches as Parameters<typeof applyPatches>[1])).toEqual(after);

describe("the change an edit reports", () => {
  it("names the operation and its arguments, holds its patches, and says 'local'", () => {
    const onChange = vi.fn();
    const store = createJourneyMapStore({ map: start(), onChange });
    const before = store.getState().map;
    const args = { record: newCard(before, "Queue at the till") };
    store.getState().dispatch(addCard, args);
    const [after, change] = onChange.mock.lastCall as [JourneyMap, EditorChange];
    expect(after).toBe(store.getState().map);
    expect(change).toMatchObject({ operation: "addCard", source: "local" });
    expect(change.args).toBe(args);
    replays(change, before, after);
  });

  it("says 'host' for the handle's apply, and 'undo' / 'redo' (with the patches applied) for the history", () => {
    const onChange = vi.fn();
    const store = createJourneyMapStore({ map: start(), onChange });
    const before = store.getState().map;
    store.getState().dispatch(updateMap, { changes: { title: "Imported" } }, "record", "host");
    const edited = store.getState().map;
    expect(onChange.mock.lastCall![1]).toMatchObject({ operation: "updateMap", source: "host" });
    store.getState().undo();
    const undo = onChange.mock.lastCall![1] as EditorChange;
    expect(undo).toMatchObject({ operation: "undo", args: null, source: "undo" });
    replays(undo, edited, store.getState().map);
    expect(store.getState().map.title).toBe(before.title);
    store.getState().redo();
    const redo = onChange.mock.lastCall![1] as EditorChange;
    expect(redo).toMatchObject({ operation: "redo", args: null, source: "redo" });
    replays(redo, before, store.getState().map);
  });
});

describe("onBeforeChange", () => {
  it("refusing an edit: nothing is shown, recorded or reported, and the reason is kept for the notice", () => {
    const onChange = vi.fn();
    const onBeforeChange = vi.fn(() => "Only facilitators add cards.");
    const store = createJourneyMapStore({ map: start(), onChange, onBeforeChange });
    const before = store.getState().map;
    const args = { record: newCard(before, "Refused") };
    store.getState().dispatch(addCard, args);
    expect(store.getState().map).toBe(before);
    expect(store.getState().canUndo).toBe(false);
    expect(onChange).not.toHaveBeenCalled();
    expect(onBeforeChange).toHaveBeenCalledWith(
      expect.objectContaining({ operation: "addCard", args, source: "local" }),
    );
    expect(store.getState().refusal).toMatchObject({
      reason: "Only facilitators add cards.",
      change: { operation: "addCard" },
    });
  });

  it("is asked with the patches the edit would make, and lets it through on true or nothing", () => {
    const seen: EditorChange[] = [];
    const store = createJourneyMapStore({
      map: start(),
      onBeforeChange: (change) => {
        seen.push(change);
        return seen.length === 1 ? true : undefined;
      },
    });
    const before = store.getState().map;
    store.getState().dispatch(updateMap, { changes: { title: "One" } });
    replays(seen[0]!, before, store.getState().map);
    store.getState().dispatch(updateMap, { changes: { title: "Two" } });
    expect(store.getState().map.title).toBe("Two");
    expect(store.getState().refusal).toBeNull();
  });

  it("a refused undo leaves the map and both stacks as they were", () => {
    let refuse = false;
    const store = createJourneyMapStore({ map: start(), onBeforeChange: () => !refuse });
    const card = newCard(store.getState().map, "Kept");
    store.getState().dispatch(addCard, { record: card });
    const shown = store.getState().map;
    refuse = true;
    store.getState().undo();
    expect(store.getState().map).toBe(shown);
    expect([store.getState().canUndo, store.getState().canRedo]).toEqual([true, false]);
    expect(store.getState().refusal).toMatchObject({ reason: null, change: { source: "undo" } });
    refuse = false;
    store.getState().undo();
    expect(store.getState().map.cards).toHaveLength(0);
    expect(store.getState().refusal).toBeNull();
  });

  it("the next edit made, or dismissing it, clears the refusal", () => {
    let refuse = true;
    const store = createJourneyMapStore({ map: start(), onBeforeChange: () => !refuse });
    store.getState().dispatch(updateMap, { changes: { title: "No" } });
    store.getState().dismissRefusal();
    expect(store.getState().refusal).toBeNull();
    store.getState().dispatch(updateMap, { changes: { title: "No" } });
    refuse = false;
    store.getState().dispatch(updateMap, { changes: { title: "Yes" } });
    expect(store.getState().refusal).toBeNull();
  });
});

describe("a read-only editor", () => {
  it("makes no edit and says so through onError, naming the operation", () => {
    const onError = vi.fn();
    const onChange = vi.fn();
    const empty = start();
    const map = addCard(empty, { record: newCard(empty, "Stays") });
    const store = createJourneyMapStore({ map, readOnly: true, onError, onChange });
    store.getState().dispatch(removeCard, { id: map.cards[0]!.id });
    expect(store.getState().map).toBe(map);
    expect(onChange).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]![0][0].message).toMatch(/^The editor is read-only: removeCard was not made/);
  });

  it("still makes edits outside the history ('ignore': loading, migrating)", () => {
    const onError = vi.fn();
    const store = createJourneyMapStore({ map: start(), readOnly: true, onError });
    store.getState().dispatch(updateMap, { changes: { title: "Loaded" } }, "ignore");
    expect(store.getState().map.title).toBe("Loaded");
    expect(onError).not.toHaveBeenCalled();
  });
});

describe("refusalOf", () => {
  const change: EditorChange = { operation: "addCard", args: {}, patches: [], source: "local" };
  it("reads false or a sentence as a refusal, true or nothing as consent", () => {
    expect(refusalOf(change, true)).toBeNull();
    expect(refusalOf(change, undefined)).toBeNull();
    expect(refusalOf(change, false)).toEqual({ change, reason: null });
    expect(refusalOf(change, "  Not now. ")).toEqual({ change, reason: "Not now." });
    expect(refusalOf(change, " ")).toEqual({ change, reason: null });
  });
});

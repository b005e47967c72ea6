import { getTemplate, updateCard } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { createFakeCollaboration } from "../../test/fake-collaboration-adapter.js";
import { createJourneyMapStore } from "../store/create-journey-map-store.js";

describe("the editor store while collaborating", () => {
  it("a group (a drag) is one new undo step in the room, even when its edits are marked merge", () => {
    const room = createFakeCollaboration(getTemplate("restaurant-complaint-recovery")!.create());
    const store = createJourneyMapStore({ map: room.map });
    store.getState().connect(room.adapter);
    const id = room.map.cards[0]!.id;
    store.getState().dispatch(updateCard, { id, changes: { text: "before the drag" } });
    store.getState().beginGroup();
    store.getState().dispatch(updateCard, { id, changes: { text: "drag 1" } }, "merge");
    store.getState().dispatch(updateCard, { id, changes: { text: "drag 2" } }, "merge");
    store.getState().endGroup();
    expect(room.edits.map((edit) => edit.merge)).toEqual([false, false, true]);
    expect(store.history.canUndo()).toBe(false);
    store.getState().undo();
    expect(store.getState().map.cards[0]!.text).toBe("before the drag");
  });

  it("disconnecting hands undo back to the editor's own (empty) history", () => {
    const room = createFakeCollaboration(getTemplate("restaurant-complaint-recovery")!.create());
    const store = createJourneyMapStore({ map: room.map });
    const disconnect = store.getState().connect(room.adapter);
    store.getState().dispatch(updateCard, { id: room.map.cards[0]!.id, changes: { text: "shared" } });
    expect(store.getState().canUndo).toBe(true);
    disconnect();
    expect(store.getState().collaboration).toBeNull();
    expect(store.getState().canUndo).toBe(false);
    store.getState().undo();
    expect(room.calls.undo).toBe(0);
  });
});

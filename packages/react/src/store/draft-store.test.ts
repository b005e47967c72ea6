import { createCard, createJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { createJourneyMapStore } from "./create-journey-map-store.js";
import { type Draft, draftKey, isUnsavedDraft } from "./draft.js";
import { createDraftStore } from "./draft-store.js";

const cardDraft = (text: string): Draft => ({
  target: { kind: "card", id: "c1" },
  field: "text",
  place: "canvas",
  base: "",
  text,
});

describe("the drafts store", () => {
  it("keeps one draft per field, updated in place as it is typed, and drops it when closed", () => {
    const drafts = createDraftStore();
    drafts.getState().put(cardDraft("W"));
    drafts.getState().put(cardDraft("Wa"));
    drafts.getState().put({ ...cardDraft("Quiet"), field: "Text", place: "inspector" });
    expect(drafts.getState().drafts.map((d) => d.text)).toEqual(["Wa", "Quiet"]);
    drafts.getState().close(draftKey(cardDraft("")));
    expect(drafts.getState().drafts.map((d) => d.text)).toEqual(["Quiet"]);
  });

  it("tells its listeners nothing when the same text is put again", () => {
    const drafts = createDraftStore();
    drafts.getState().put(cardDraft("Wait"));
    let calls = 0;
    drafts.subscribe(() => calls++);
    drafts.getState().put(cardDraft("Wait"));
    drafts.getState().close("canvas|card|other|text");
    expect(calls).toBe(0);
  });

  it("holds restored drafts open until their field takes them up, once", () => {
    const drafts = createDraftStore();
    drafts.getState().restore([cardDraft("Waits 20 minutes")]);
    expect(drafts.getState().drafts).toEqual([cardDraft("Waits 20 minutes")]);
    const key = draftKey(cardDraft(""));
    expect(drafts.getState().take(key)?.text).toBe("Waits 20 minutes");
    expect(drafts.getState().take(key)).toBeUndefined();
    // Taken up: the field reports it from now on (while it differs from the map).
    expect(drafts.getState().drafts).toEqual([]);
  });

  it("a keystroke changes no map, no undo history and no state of the editor's store", () => {
    const map = createJourneyMap({ title: "Bakery" });
    map.cards = [createCard({ id: "c1", laneId: map.lanes[0]!.id, stageId: map.stages[0]!.id, text: "" })];
    const store = createJourneyMapStore({ map });
    const before = store.getState();
    let editorUpdates = 0;
    store.subscribe(() => editorUpdates++);
    store.drafts.getState().put(cardDraft("Waits"));
    expect(editorUpdates).toBe(0);
    expect(store.getState()).toBe(before);
    expect(store.history.canUndo()).toBe(false);
    expect(store.drafts.getState().drafts).toHaveLength(1);
  });

  it("counts a draft as unsaved only when its text differs from what the map held", () => {
    expect(isUnsavedDraft(cardDraft(""))).toBe(false);
    expect(isUnsavedDraft(cardDraft("Wait"))).toBe(true);
  });
});

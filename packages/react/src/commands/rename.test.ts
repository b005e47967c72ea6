import { createJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { createJourneyMapStore } from "../store/create-journey-map-store.js";
import { rename } from "./rename.js";

describe("rename", () => {
  it("renames a stage or a lane (trimmed) and ends renaming", () => {
    const store = createJourneyMapStore({ map: createJourneyMap() });
    const { stages, lanes } = store.getState().map;
    store.getState().startRenaming({ kind: "stage", id: stages[0]!.id });
    expect(rename(store, { kind: "stage", id: stages[0]!.id }, "  Order online ")).toBe(true);
    expect(rename(store, { kind: "lane", id: lanes[0]!.id }, "What she does")).toBe(true);
    const state = store.getState();
    expect(state.map.stages[0]!.name).toBe("Order online");
    expect(state.map.lanes[0]!.title).toBe("What she does");
    expect(state.renaming).toBeNull();
  });

  it("keeps the name when the new one is blank or the same", () => {
    const store = createJourneyMapStore({ map: createJourneyMap() });
    const stage = store.getState().map.stages[0]!;
    expect(rename(store, { kind: "stage", id: stage.id }, "   ")).toBe(false);
    expect(rename(store, { kind: "stage", id: stage.id }, stage.name)).toBe(false);
    expect(store.getState().canUndo).toBe(false);
  });
});

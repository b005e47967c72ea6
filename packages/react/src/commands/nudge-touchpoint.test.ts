import { createJourneyMap, createTouchpoint, type JourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { createJourneyMapStore } from "../store/create-journey-map-store.js";
import { nudgeTouchpoint } from "./nudge-touchpoint.js";

function setup() {
  const base = createJourneyMap();
  const [s0, s1] = base.stages.map((s) => s.id) as [string, string];
  const tp = (id: string, stageId: string) => createTouchpoint({ id, stageId, name: id, channel: "web" });
  const map: JourneyMap = { ...base, touchpoints: [tp("a", s0), tp("b", s0), tp("x", s1)] };
  const store = createJourneyMapStore({ map });
  const order = () =>
    store.getState().map.stages.map((s) =>
      store
        .getState()
        .map.touchpoints.filter((t) => t.stageId === s.id)
        .map((t) => t.id)
        .join(""),
    );
  return { store, order };
}

describe("nudgeTouchpoint", () => {
  it("moves to the next / previous stage at the same place, so Left after Right puts it back", () => {
    const { store, order } = setup();
    expect(nudgeTouchpoint(store, "a", "ArrowRight")).toBe(true);
    expect(order()).toEqual(["b", "ax", ""]);
    expect(nudgeTouchpoint(store, "a", "ArrowLeft")).toBe(true);
    expect(order()).toEqual(["ab", "x", ""]);
    expect(nudgeTouchpoint(store, "b", "ArrowRight")).toBe(true);
    expect(order()).toEqual(["a", "xb", ""]);
  });

  it("moves up and down within its stage, one undo step each", () => {
    const { store, order } = setup();
    expect(nudgeTouchpoint(store, "a", "ArrowDown")).toBe(true);
    expect(order()).toEqual(["ba", "x", ""]);
    expect(nudgeTouchpoint(store, "a", "ArrowUp")).toBe(true);
    expect(order()).toEqual(["ab", "x", ""]);
    store.getState().undo();
    expect(order()).toEqual(["ba", "x", ""]);
    store.getState().undo();
    expect(order()).toEqual(["ab", "x", ""]);
  });

  it("does nothing at an edge, in a read-only editor, or for a touchpoint that does not exist", () => {
    const { store, order } = setup();
    expect(nudgeTouchpoint(store, "a", "ArrowLeft")).toBe(false);
    expect(nudgeTouchpoint(store, "a", "ArrowUp")).toBe(false);
    expect(nudgeTouchpoint(store, "b", "ArrowDown")).toBe(false);
    expect(nudgeTouchpoint(store, "nope", "ArrowRight")).toBe(false);
    store.getState().setReadOnly(true);
    expect(nudgeTouchpoint(store, "a", "ArrowRight")).toBe(false);
    expect(order()).toEqual(["ab", "x", ""]);
    expect(store.getState().canUndo).toBe(false);
  });
});

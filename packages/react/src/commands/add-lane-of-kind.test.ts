import { createJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { createJourneyMapStore } from "../store/create-journey-map-store.js";
import { addLaneOfKind } from "./add-lane-of-kind.js";

describe("addLaneOfKind", () => {
  it("adds a lane titled after its kind at the bottom and selects it", () => {
    const store = createJourneyMapStore({ map: createJourneyMap() });
    const id = addLaneOfKind(store, "opportunities")!;
    const lane = store.getState().map.lanes.at(-1)!;
    expect(lane).toMatchObject({ id, kind: "opportunities", title: "Opportunities" });
    expect(store.getState().selection).toEqual({ kind: "lane", id });
  });
});

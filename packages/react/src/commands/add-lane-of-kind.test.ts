import { createJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { editorText, englishText } from "../i18n/editor-catalogue.js";
import { de } from "../i18n/locales/de.js";
import { createJourneyMapStore } from "../store/create-journey-map-store.js";
import { addLaneOfKind } from "./add-lane-of-kind.js";

describe("addLaneOfKind", () => {
  it("adds a lane titled after its kind at the bottom and selects it", () => {
    const store = createJourneyMapStore({ map: createJourneyMap() });
    const id = addLaneOfKind(store, englishText(), "opportunities")!;
    const lane = store.getState().map.lanes.at(-1)!;
    expect(lane).toMatchObject({ id, kind: "opportunities", title: "Opportunities" });
    expect(store.getState().selection).toEqual({ kind: "lane", id });
  });

  it("titles the lane in the editor's language", () => {
    const store = createJourneyMapStore({ map: createJourneyMap() });
    addLaneOfKind(store, editorText({ locale: "de", translation: de }), "painPoints");
    expect(store.getState().map.lanes.at(-1)!.title).toBe("Pain Points");
  });
});

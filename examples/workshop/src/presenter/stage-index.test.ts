import { createJourneyMap } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { stageIndex } from "./stage-index";

describe("stageIndex", () => {
  const map = createJourneyMap();
  const [first, second] = map.stages;

  it("finds a stage by id in the map's order", () => {
    expect(stageIndex(map, second!.id)).toBe(1);
    expect(stageIndex(map, first!.id)).toBe(0);
  });

  it("shows the first stage for a stage that was removed, or when none is asked for", () => {
    expect(stageIndex(map, "stage-removed-meanwhile")).toBe(0);
    expect(stageIndex(map, null)).toBe(0);
    expect(stageIndex(map, undefined)).toBe(0);
  });
});

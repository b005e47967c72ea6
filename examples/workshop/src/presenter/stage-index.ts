import type { JourneyMap } from "@journeykit/core";

/**
 * Where the stage `stageId` is in the map's order: the presenter's slide for it. A stage that is not
 * (or no longer) in the map, or none asked for, is the first stage: a presentation never shows nothing.
 */
export function stageIndex(map: JourneyMap, stageId: string | null | undefined): number {
  if (!stageId) return 0;
  return Math.max(
    0,
    map.stages.findIndex((stage) => stage.id === stageId),
  );
}

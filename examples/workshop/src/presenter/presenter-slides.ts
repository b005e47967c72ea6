import type { JourneyMap } from "@journeykit/core";

/** The key of the opening slide: the whole journey (not a stage id: stage keys are their ids). */
export const OVERVIEW_SLIDE = "journeykit:overview";
/** The key of the closing slide: what the room should act on. */
export const SUMMARY_SLIDE = "journeykit:summary";

/**
 * The presenter's slides in order, by key: the overview, each stage (its id), the summary. A map with
 * no stages has none. A live presentation shares the key shown.
 *
 * @example
 * presenterSlideKeys(map); // ["journeykit:overview", "stage-1", "stage-2", "journeykit:summary"]
 */
export function presenterSlideKeys(map: Pick<JourneyMap, "stages">): string[] {
  if (map.stages.length === 0) return [];
  return [OVERVIEW_SLIDE, ...map.stages.map((stage) => stage.id), SUMMARY_SLIDE];
}

/**
 * Where the slide `key` is in the presenter: a stage that is not (or no longer) in the map, or no key,
 * is the overview, so a presentation never shows nothing.
 *
 * @example
 * slideIndex(map, "stage-2"); // 2
 */
export function slideIndex(map: Pick<JourneyMap, "stages">, key: string | null | undefined): number {
  if (!key) return 0;
  return Math.max(0, presenterSlideKeys(map).indexOf(key));
}

/**
 * The stage a slide key names, for presence's `focusedStage`; undefined for the overview and summary.
 *
 * @example
 * stageOfSlide(map, OVERVIEW_SLIDE); // undefined
 */
export function stageOfSlide(map: Pick<JourneyMap, "stages">, key: string | undefined): string | undefined {
  return map.stages.some((stage) => stage.id === key) ? key : undefined;
}

import type { JourneyLayout, JourneyMap } from "@journeykit/core";
import type { ExportText } from "../i18n/export-text.js";
import type { SlideItem } from "../slides/slide-model.js";
import type { ExportTheme } from "../theme/export-theme.js";
import { drawBlueprintLines } from "./draw-blueprint-lines.js";
import { drawCards } from "./draw-cards.js";
import { drawEmotionLane } from "./draw-emotion-lane.js";
import { drawLanes } from "./draw-lanes.js";
import { drawMetrics } from "./draw-metrics.js";
import { drawStageHeaders } from "./draw-stage-headers.js";
import { drawTitle } from "./draw-title.js";
import { drawTouchpoints } from "./draw-touchpoints.js";
import type { MapFrame } from "./map-frame.js";

/**
 * The map as drawing items, bottom to top: the one drawer behind the whole-map SVG and PNGs
 * (`layoutFrame`) and every stage slide of the PPTX and PDF decks (a slide's frame). Each part of
 * the map draws what its frame shows, in the words of `text`; the outputs only turn items into their
 * format.
 *
 * @example
 * const items = drawMap(map, layout, lightTheme, layoutFrame(layout, approximateTextWidth), englishText());
 */
export function drawMap(
  map: JourneyMap,
  layout: JourneyLayout,
  theme: ExportTheme,
  frame: MapFrame,
  text: ExportText,
): SlideItem[] {
  return [
    ...drawTitle(layout, theme, frame),
    ...drawLanes(layout, theme, frame, text),
    ...drawStageHeaders(theme, frame, text),
    ...drawMetrics(layout, theme, frame),
    ...drawTouchpoints(layout, theme, frame),
    ...drawCards(map, layout, theme, frame, text),
    ...drawEmotionLane(layout, theme, frame, text),
    ...drawBlueprintLines(layout, theme, frame),
  ];
}

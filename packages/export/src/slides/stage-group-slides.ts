import type { JourneyLayout, JourneyMap } from "@journeykit/core";
import { drawMap } from "../map-drawing/draw-map.js";
import type { ExportTheme } from "../theme/export-theme.js";
import { laneBands } from "./lane-bands.js";
import { CONTENT_TOP, MARGIN, slideTitle } from "./slide-frame.js";
import type { Slide } from "./slide-model.js";
import { fit, measure, TYPE } from "./slide-text.js";
import { pageWindows, STAGE_SCALE, stageGroups } from "./stage-pages.js";
import { stageSlideFrame } from "./stage-slide-frame.js";

/**
 * The map at a readable size: one slide per group of stages that fits the width, continued on
 * further slides when the lanes do not fit the height. Each slide is `drawMap`, the drawer of the
 * whole-map SVG, through that slide's frame (`stageSlideFrame`), so a slide is the map's own picture:
 * stage headers with their chips, moments and metric badges, lanes with their cards, touchpoints with
 * channels, metric rows and service-blueprint lines.
 */
export function stageGroupSlides(
  map: JourneyMap,
  layout: JourneyLayout,
  page: { width: number; height: number },
  theme: ExportTheme,
  notesFor: (stageIds: string[]) => string,
): Slide[] {
  const lanes = laneBands(layout);
  const room = (page.height - 14 - CONTENT_TOP) / STAGE_SCALE - layout.headerRow.height;
  return stageGroups(layout, page.width).flatMap((group) => {
    const first = group[0]!;
    const last = group.at(-1)!;
    const range = first === last ? `stage ${first.index + 1}` : `stages ${first.index + 1}–${last.index + 1}`;
    const notes = notesFor(group.map((c) => c.id));
    const windows = pageWindows(layout, group, lanes, room);
    return windows.map((window, i): Slide => {
      // The map's title gives way (it is on every slide), never the stage range and page.
      const suffix = `: ${range}${windows.length > 1 ? ` (${i + 1}/${windows.length})` : ""}`;
      const titleRoom = page.width - 2 * MARGIN - measure(suffix, TYPE.title, true);
      const title = `${fit(map.title, titleRoom, TYPE.title, true)}${suffix}`;
      const frame = stageSlideFrame(layout, page, group, lanes.bands, window);
      return {
        kind: "stages",
        title,
        notes,
        items: [...slideTitle(page.width, theme, title), ...drawMap(map, layout, theme, frame)],
      };
    });
  });
}

import type { JourneyLayout, JourneyMap } from "@journeykit/core";
import type { ExportText } from "../i18n/export-text.js";
import { drawMap } from "../map-drawing/draw-map.js";
import type { ExportTheme } from "../theme/export-theme.js";
import { laneBands } from "./lane-bands.js";
import { CONTENT_TOP, slideTitle, titleAround } from "./slide-frame.js";
import type { Slide } from "./slide-model.js";
import { pageWindows, STAGE_SCALE, stageGroups } from "./stage-pages.js";
import { stageSlideFrame } from "./stage-slide-frame.js";

/**
 * The map at a readable size: one slide per group of stages that fits the width, continued on
 * further slides when the lanes do not fit the height. Each slide is `drawMap`, the drawer of the
 * whole-map SVG, through that slide's frame (`stageSlideFrame`), so a slide is the map's own picture:
 * stage headers with their chips, moments and metric badges, lanes with their cards, touchpoints with
 * channels, metric rows and service-blueprint lines. Titled "<map>: stages 1–3 (2/3)" in `text`'s words.
 */
export function stageGroupSlides(
  map: JourneyMap,
  layout: JourneyLayout,
  page: { width: number; height: number },
  theme: ExportTheme,
  text: ExportText,
  notesFor: (stageIds: string[]) => string,
): Slide[] {
  const lanes = laneBands(layout);
  const room = (page.height - 14 - CONTENT_TOP) / STAGE_SCALE - layout.headerRow.height;
  return stageGroups(layout, page.width).flatMap((group) => {
    const first = group[0]!;
    const last = group.at(-1)!;
    const range =
      first === last
        ? text.t("slide.stage", { number: first.index + 1 })
        : text.t("slide.stages", { first: first.index + 1, last: last.index + 1 });
    const notes = notesFor(group.map((c) => c.id));
    const windows = pageWindows(layout, group, lanes, room);
    return windows.map((window, i): Slide => {
      const title = titleAround(page.width, map.title, (mapTitle) => {
        const titled = text.t("slide.titled", { title: mapTitle, what: range });
        return windows.length > 1
          ? text.t("slide.page", { title: titled, page: i + 1, pages: windows.length })
          : titled;
      });
      const frame = stageSlideFrame(layout, page, group, lanes.bands, window);
      return {
        kind: "stages",
        title,
        notes,
        items: [...slideTitle(page.width, theme, title), ...drawMap(map, layout, theme, frame, text)],
      };
    });
  });
}

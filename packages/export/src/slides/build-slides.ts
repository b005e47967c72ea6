import { documentIndex, type JourneyMap, layoutJourneyMap } from "@journeykit/core";
import type { ExportLanguageOptions } from "../i18n/export-catalogue.js";
import { exportText } from "../i18n/export-text.js";
import { darkTheme, lightTheme } from "../theme/export-theme.js";
import { trustedMap } from "../trusted-map.js";
import { emotionSlide } from "./emotion-slide.js";
import { insightSlides } from "./insight-slides.js";
import { overviewSlides } from "./overview-slides.js";
import { personaSlides } from "./persona-slides.js";
import { MARGIN } from "./slide-frame.js";
import { SLIDE_SIZES, type SlideDeck, type SlideSize } from "./slide-model.js";
import { slideMeasure } from "./slide-text.js";
import { stageGroupSlides } from "./stage-group-slides.js";
import { STAGE_SCALE } from "./stage-pages.js";

/** Lane title column on stage slides, in layout pixels. */
const LANE_HEADER = 150;
/** The layout's narrowest stage column (core's MIN_STAGE_WIDTH). */
const MIN_STAGE = 232;
/** A cell with more cards than this lays them out two abreast (core's SINGLE_COLUMN_MAX). */
const SINGLE_COLUMN_MAX = 3;

import { stageNotes } from "./stage-notes.js";

/** Whether a cell holds enough cards for the layout to put them two abreast. */
const cellsAbreast = (map: JourneyMap): boolean => {
  const index = documentIndex(map);
  return map.lanes.some((lane) =>
    map.stages.some((stage) => index.cardsInCell(stage.id, lane.id).length > SINGLE_COLUMN_MAX),
  );
};

/**
 * Options of `buildSlides`. `locale` and `messages` (`ExportLanguageOptions`) set the deck's language:
 * its own words from `messages`, core's too, numbers as `locale` (else the map's) writes them.
 */
export interface BuildSlidesOptions extends ExportLanguageOptions {
  /** Slide or page size (default `"16:9"`). */
  size?: SlideSize;
  theme?: "light" | "dark";
}

/**
 * The deck every slide output draws (PPTX, PDF, slide PNGs), from `layoutJourneyMap`: an overview
 * (stage tiles, personas), the emotion curve chart, one slide per group of stages that fits at a
 * readable size (body text 12 pt, nothing under 10 pt; continued when the lanes are taller than a
 * slide) with speaker notes per stage, a slide per persona with the empathy map, and the moments at
 * risk with the metrics. Sizes are in points. Every word it writes itself, and every label, is in
 * the language of `messages` (English without): `await loadExportMessages("es")`, or core's and
 * export's locale modules together. Throws `InvalidMapError` when the map is invalid.
 *
 * @example
 * const deck = buildSlides(map, { size: "4:3" });
 * deck.slides.map((s) => s.title); // ["Coffee run", "Coffee run: emotion curve", "Coffee run: stages 1–2", ...]
 * const spanish = buildSlides(map, { locale: "es", messages: await loadExportMessages("es") });
 * spanish.slides[1]!.title; // "Coffee run: curva emocional"
 */
export function buildSlides(map: JourneyMap, options: BuildSlidesOptions = {}): SlideDeck {
  const valid = trustedMap(map);
  const size = options.size ?? "16:9";
  if (!(size in SLIDE_SIZES))
    throw new RangeError(`size must be one of ${Object.keys(SLIDE_SIZES).join(", ")}, got ${String(size)}`);
  const page = SLIDE_SIZES[size];
  const theme = options.theme === "dark" ? darkTheme : lightTheme;
  const text = exportText(options, valid.locale);
  const notes = (ids: string[]) => stageNotes(valid, ids, text);
  // Cards as wide as a slide's share of a stage allows (fewer lines, shorter lanes) when every cell
  // stacks its cards in one column; with cells two cards abreast the default width fits more stages.
  const roomPx = (page.width - 2 * MARGIN) / STAGE_SCALE - LANE_HEADER;
  const perSlide = Math.max(1, Math.floor(roomPx / MIN_STAGE));
  const abreast = cellsAbreast(valid);
  const layout = layoutJourneyMap(valid, {
    title: false,
    measureText: slideMeasure,
    laneHeaderWidth: LANE_HEADER,
    ...text.labels,
    ...(abreast ? {} : { cardWidth: Math.floor(roomPx / perSlide) - 26 }),
  });
  const stageSlides = stageGroupSlides(valid, layout, page, theme, text, notes);
  return {
    map: valid,
    size,
    width: page.width,
    height: page.height,
    title: valid.title,
    theme,
    slides: [
      ...overviewSlides(valid, page, theme, text),
      ...(valid.personas.length > 0 && valid.stages.length > 0
        ? [emotionSlide(valid, page, theme, text)]
        : []),
      ...stageSlides,
      ...personaSlides(valid, page, theme, text),
      ...insightSlides(valid, page, theme, text),
    ],
  };
}

import { coreTranslator } from "../i18n/core-catalogue.js";
import type { JourneyMap } from "../records/journey-map.js";
import type { JourneyLayout, LayoutOptions } from "./journey-layout.js";
import { layoutBlueprintLines } from "./layout-blueprint-lines.js";
import { layoutCards } from "./layout-cards.js";
import { measureCells } from "./layout-cells.js";
import { layoutEmotionLane } from "./layout-emotion-lane.js";
import { layoutLanes } from "./layout-lanes.js";
import { memoState } from "./layout-memo.js";
import { headerMetricRows, layoutMetricBadges } from "./layout-metric-badges.js";
import {
  CELL_PADDING,
  JOURNEY_STRIP_HEIGHT,
  reportedOptions,
  resolveLayoutOptions,
  TITLE_HEIGHT,
  TOUCHPOINT_HEIGHT,
} from "./layout-options.js";
import { layoutStages } from "./layout-stages.js";
import { layoutTouchpoints, type TouchpointText, touchpointTexts } from "./layout-touchpoints.js";
import { metricPlaces } from "./metric-places.js";

export { CARD_MAX_LINES } from "./layout-options.js";

/**
 * The geometry of a whole map: stage columns sized to their content, lane rows, wrapped card boxes,
 * touchpoint boxes in the touchpoints lane, emotion curves per persona over a -3..+3 scale,
 * moment-of-truth markers, metric badges where each belongs (stage header lists, under their
 * touchpoint, a whole-journey strip above the headers) and service-blueprint lines. Pure and deterministic; the
 * editor canvas, `renderSvg` and `toPptx` all draw from it, so every output matches.
 *
 * @example
 * const layout = layoutJourneyMap(map, { title: false });
 * layout.cards[0]; // { id, x, y, width, height, lines: ["Waits ten minutes", "for a table"], ... }
 * // In an editor, one memo across edits: only what an edit changed is measured again.
 * const memo = createLayoutMemo();
 * layoutJourneyMap(map, { memo });
 */
export function layoutJourneyMap(map: JourneyMap, options: LayoutOptions = {}): JourneyLayout {
  const r = resolveLayoutOptions(options, map.locale);
  const { t } = coreTranslator(r.labels);
  const { o } = r;
  const memo = memoState(options.memo, r);
  const places = metricPlaces(map);
  // A touchpoint's box height follows its name's lines at its stage's width: known once the stages
  // are laid out, before any cell's height is asked for (by the lanes, after the stages).
  let texts: ReadonlyMap<string, TouchpointText> = new Map();
  const cells = measureCells(map, r, memo, {
    metricRows: (id) => places.touchpoints.get(id)?.length ?? 0,
    boxHeight: (id) => texts.get(id)?.height ?? TOUCHPOINT_HEIGHT,
  });
  const titleBottom = o.padding + (o.title ? TITLE_HEIGHT : 0);
  // The whole journey's metrics in a strip above the stage headers.
  const stripHeight = places.journey.length > 0 ? JOURNEY_STRIP_HEIGHT + CELL_PADDING / 2 : 0;
  const top = titleBottom + stripHeight;
  const left = o.padding + o.laneHeaderWidth;
  const { stages, headerHeight, right } = layoutStages(map, cells, r, {
    left,
    top,
    metricRows: headerMetricRows(places),
  });
  texts = touchpointTexts(map, stages, r);
  const lanes = layoutLanes(map, stages, cells, r, top + headerHeight, places);
  const bottom = lanes.reduce((y, lane) => y + lane.height, top + headerHeight);
  const touchpoints = layoutTouchpoints(stages, lanes, cells, r, texts);
  const journeyStrip =
    stripHeight > 0
      ? {
          x: o.padding,
          y: titleBottom,
          width: right - o.padding,
          height: JOURNEY_STRIP_HEIGHT,
          title: t("metric.wholeJourney"),
          contentX: left,
        }
      : undefined;
  const { metrics, metricMore } = layoutMetricBadges(
    map,
    places,
    stages,
    lanes,
    touchpoints,
    journeyStrip,
    r,
  );
  return {
    width: Math.round(right + o.padding),
    height: Math.round(bottom + o.padding),
    title: o.title
      ? {
          x: o.padding,
          y: o.padding,
          width: right - o.padding,
          height: TITLE_HEIGHT - 16,
          text: map.title,
          subtitle: [
            t(map.state === "future" ? "overview.futureState" : "overview.currentState"),
            map.personas.map((p) => p.name).join(", ") || t("overview.noPersonas"),
            t("overview.stages", { count: map.stages.length }),
          ].join(" · "),
        }
      : undefined,
    laneHeaderWidth: o.laneHeaderWidth,
    headerRow: { x: left, y: top, width: right - left, height: headerHeight },
    stages,
    lanes,
    cards: layoutCards(stages, lanes, cells, r, memo),
    touchpoints,
    emotion: layoutEmotionLane(map, stages, lanes, r),
    metrics,
    metricMore,
    journeyStrip,
    blueprintLines: layoutBlueprintLines(lanes, o.padding, right, r.labels),
    options: reportedOptions(r),
  };
}

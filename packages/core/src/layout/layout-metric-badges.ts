import { coreTranslator } from "../i18n/core-catalogue.js";
import type { LabelOptions } from "../labels/format-number.js";
import { metricDescription } from "../labels/metric-description.js";
import { LABEL_SEPARATOR, metricChip, metricFigure } from "../labels/metric-figure.js";
import { formatMetricMargin } from "../labels/metric-margin.js";
import { metricProvenance } from "../labels/metric-provenance.js";
import { metricTrend } from "../labels/metric-trend.js";
import { formatMetricValue, metricLabel } from "../labels/metric-value.js";
import type { JourneyMap } from "../records/journey-map.js";
import type { Metric } from "../records/metric.js";
import type {
  JourneyStrip,
  LaneRow,
  MetricBadge,
  MetricMore,
  MetricPlace,
  StageColumn,
  TextMeasurer,
  TouchpointBox,
} from "./journey-layout.js";
import {
  CELL_PADDING,
  HEADER_METRIC_ROWS,
  METRIC_BADGE_HEIGHT,
  METRIC_LINE,
  type ResolvedLayout,
} from "./layout-options.js";
import { fitLine } from "./measure-text.js";
import type { MetricPlaces } from "./metric-places.js";

/** Font of a metric badge's text. */
export const METRIC_FONT = { size: 11, weight: 600 } as const;
/** Inner padding of a badge, left and right of its text. */
const PAD = 8;
/** Room for the measured mark (an icon) before the text. */
export const MEASURED_MARK_WIDTH = 16;
/** Gap between badges side by side in the whole-journey strip. */
const GAP = 6;

/** Rows a header list of `count` metrics takes: all of them, or `HEADER_METRIC_ROWS` with "+N more" last. */
export function headerListRows(count: number): number {
  return Math.min(count, HEADER_METRIC_ROWS);
}

/** The rows every stage header reserves for its metric list: the longest list's (none in lane mode). */
export function headerMetricRows(places: MetricPlaces): number {
  if (places.inLane) return 0;
  let rows = 0;
  for (const list of places.stages.values()) rows = Math.max(rows, headerListRows(list.length));
  return rows;
}

/** What the badges of one layout share. */
interface BadgeContext {
  map: JourneyMap;
  measure: TextMeasurer;
  options: LabelOptions;
}

/**
 * Metric badges where each belongs (`metricPlaces`): a list at the foot of each stage header (at most
 * `HEADER_METRIC_ROWS` rows: a longer list shows one row fewer and "+N more"), rows under their
 * touchpoint in the touchpoints lane, every row of a stage in the metrics lane when the map has one,
 * and the whole journey's side by side in the strip above the headers ("+N more" when they pass its
 * width). Each badge draws the longest text that fits its width: figure, else chip, else the chip
 * with its label shortened; numbers are never cut.
 */
export function layoutMetricBadges(
  map: JourneyMap,
  places: MetricPlaces,
  stages: StageColumn[],
  lanes: LaneRow[],
  touchpoints: TouchpointBox[],
  strip: JourneyStrip | undefined,
  r: ResolvedLayout,
): { metrics: MetricBadge[]; metricMore: MetricMore[] } {
  const context: BadgeContext = { map, measure: r.measure, options: r.labels };
  const metrics: MetricBadge[] = [];
  const metricMore: MetricMore[] = [];
  const lane = places.inLane ? lanes.find((l) => l.kind === "metrics") : undefined;
  const rows = headerMetricRows(places);
  for (const column of stages) {
    const list = places.stages.get(column.id);
    if (!list) continue;
    const x = column.x + CELL_PADDING;
    const width = column.width - 2 * CELL_PADDING;
    if (lane) {
      list.forEach((m, i) => {
        metrics.push(
          rowBadge(context, m, "lane", column.id, x, lane.y + CELL_PADDING + i * METRIC_LINE, width),
        );
      });
      continue;
    }
    const top = column.header.y + column.header.height - 4 - rows * METRIC_LINE;
    const shown = list.length > HEADER_METRIC_ROWS ? HEADER_METRIC_ROWS - 1 : list.length;
    list.slice(0, shown).forEach((m, i) => {
      metrics.push(rowBadge(context, m, "stage", column.id, x, top + i * METRIC_LINE, width));
    });
    if (shown < list.length)
      metricMore.push(more(list, shown, "stage", column.id, x, top + shown * METRIC_LINE, width, context));
  }
  for (const box of touchpoints) {
    const list = places.touchpoints.get(box.id);
    list?.forEach((m, i) => {
      const y = box.y + box.height + 2 + i * METRIC_LINE;
      metrics.push(rowBadge(context, m, "touchpoint", box.stageId, box.x, y, box.width));
    });
  }
  if (strip) stripBadges(context, places.journey, strip, metrics, metricMore);
  return { metrics, metricMore };
}

/** The whole journey's badges side by side in the strip, each as wide as its figure; "+N more" when they pass its end. */
function stripBadges(
  context: BadgeContext,
  list: Metric[],
  strip: JourneyStrip,
  metrics: MetricBadge[],
  metricMore: MetricMore[],
) {
  const right = strip.x + strip.width - CELL_PADDING;
  const y = strip.y + (strip.height - METRIC_BADGE_HEIGHT) / 2;
  let x = strip.contentX + CELL_PADDING;
  for (let i = 0; i < list.length; i++) {
    const m = list[i]!;
    const badge = rowBadge(
      context,
      m,
      "journey",
      undefined,
      x,
      y - (METRIC_LINE - METRIC_BADGE_HEIGHT) / 2,
      0,
    );
    const width = Math.ceil(badgeWidth(context, badge));
    const moreWidth = i < list.length - 1 ? moreBadgeWidth(list.length - i, context) + GAP : 0;
    if (x + width + moreWidth > right) {
      metricMore.push(
        more(list, i, "journey", undefined, x, y - (METRIC_LINE - METRIC_BADGE_HEIGHT) / 2, 0, context),
      );
      return;
    }
    metrics.push({ ...badge, width });
    x += width + GAP;
  }
}

/** The width a badge needs for its text, mark and trend. */
function badgeWidth(context: BadgeContext, badge: MetricBadge): number {
  const trend = badge.trend ? context.measure(` ${badge.trend.text}`, METRIC_FONT) : 0;
  return (
    2 * PAD + (badge.measured ? MEASURED_MARK_WIDTH : 0) + context.measure(badge.text, METRIC_FONT) + trend
  );
}

const moreText = (hidden: number, options: LabelOptions) =>
  coreTranslator(options).t("metric.more", { count: hidden });
const moreBadgeWidth = (hidden: number, { measure, options }: BadgeContext) =>
  Math.ceil(measure(moreText(hidden, options), METRIC_FONT) + 2 * PAD);

function more(
  list: Metric[],
  shown: number,
  place: MetricMore["place"],
  stageId: string | undefined,
  x: number,
  rowY: number,
  width: number,
  context: BadgeContext,
): MetricMore {
  const hidden = list.length - shown;
  return {
    id: `${place}:${stageId ?? "journey"}`,
    stageId,
    place,
    metricIds: list.map((m) => m.id),
    hidden,
    text: moreText(hidden, context.options),
    x,
    y: rowY + (METRIC_LINE - METRIC_BADGE_HEIGHT) / 2,
    width: width > 0 ? Math.min(width, moreBadgeWidth(hidden, context)) : moreBadgeWidth(hidden, context),
    height: METRIC_BADGE_HEIGHT,
  };
}

/**
 * One metric's badge in a row `width` wide (0: as wide as its figure, in the strip), its text the
 * longest form that fits.
 */
function rowBadge(
  context: BadgeContext,
  m: Metric,
  place: MetricPlace,
  stageId: string | undefined,
  x: number,
  rowY: number,
  width: number,
): MetricBadge {
  const { map, options } = context;
  const measured = metricProvenance(map, m, options).measured;
  const trend = metricTrend(m, options);
  // In a stage's list (header or lane), a touchpoint's metric says whose it is.
  const owner =
    place !== "touchpoint" && m.touchpointId !== undefined
      ? map.touchpoints.find((t) => t.id === m.touchpointId)?.name
      : undefined;
  const room = width - 2 * PAD - (measured ? MEASURED_MARK_WIDTH : 0);
  const fitted = width > 0 ? fitText(context, m, owner, room, trend?.text) : undefined;
  return {
    id: m.id,
    stageId,
    touchpointId: m.touchpointId,
    place,
    kind: m.kind,
    text: fitted?.text ?? named(owner, metricFigure(m, options)),
    trend,
    showTrend: fitted ? fitted.showTrend : trend !== undefined,
    measured,
    fullText: metricDescription(map, m, options),
    belowTarget: m.target !== undefined && m.value < m.target,
    x,
    y: rowY + (METRIC_LINE - METRIC_BADGE_HEIGHT) / 2,
    width,
    height: METRIC_BADGE_HEIGHT,
  };
}

const named = (owner: string | undefined, text: string) =>
  owner ? `${owner}${LABEL_SEPARATOR}${text}` : text;

/**
 * The longest form of a metric that fits `room`: figure with trend, figure, chip with trend, chip,
 * then the chip with its label (or owner) shortened by `fitLine`; the value and margin are never cut.
 */
function fitText(
  context: BadgeContext,
  m: Metric,
  owner: string | undefined,
  room: number,
  trend: string | undefined,
): { text: string; showTrend: boolean } {
  const { measure, options } = context;
  const fits = (text: string) => measure(text, METRIC_FONT) <= room;
  const trendText = trend ? ` ${trend}` : "";
  for (const text of [named(owner, metricFigure(m, options)), named(owner, metricChip(m, options))]) {
    if (trend && fits(`${text}${trendText}`)) return { text, showTrend: true };
    if (fits(text)) return { text, showTrend: false };
  }
  const margin = formatMetricMargin(m, options);
  const numbers = `${formatMetricValue(m, options)}${margin ? ` ${margin}` : ""}`;
  const head = named(owner, metricLabel(m));
  const label = fitLine(head, room - measure(` ${numbers}`, METRIC_FONT), measure, METRIC_FONT);
  return { text: `${label} ${numbers}`, showTrend: false };
}

import type { JourneyMap } from "../records/journey-map.js";
import type { LaneKind } from "../records/lane.js";
import { formatMetricValue, metricLabel } from "./format-metric.js";
import type {
  BlueprintLine,
  CardBox,
  EmotionLaneLayout,
  JourneyLayout,
  LaneRow,
  LayoutOptions,
  MetricBadge,
  MomentMarker,
  StageColumn,
  TextMeasurer,
  TouchpointChip,
} from "./journey-layout.js";
import { approximateTextWidth, fitLine, wrapText } from "./measure-text.js";

const DEFAULTS = {
  title: true,
  cardWidth: 188,
  cardGap: 10,
  laneHeaderWidth: 168,
  emotionLaneHeight: 200,
  padding: 32,
  cardFontSize: 13,
};

const TITLE_HEIGHT = 72;
const STAGE_NAME_HEIGHT = 40;
const CHIP_HEIGHT = 22;
const CHIP_GAP = 6;
const MOMENT_ROW = 30;
const METRIC_ROW = 30;
const CELL_PADDING = 12;
const CARD_PADDING = 10;
const LINE_HEIGHT = 1.35;
const BADGE_ROW = 20;
const MIN_CARD_HEIGHT = 52;
const MIN_LANE_HEIGHT = 76;
const MIN_STAGE_WIDTH = 232;
/**
 * The most lines of text a card shows; longer text ends in "…". The canvas clamps its text at the
 * same count, so every output cuts a long card in the same place.
 */
export const CARD_MAX_LINES = 12;
/** A cell with more cards than this lays them out two abreast. */
const SINGLE_COLUMN_MAX = 3;

const CUSTOMER_SIDE = (kind: LaneKind) => !["frontstage", "backstage", "support", "evidence"].includes(kind);

function cellKey(laneId: string, stageId: string) {
  return `${laneId}\u0000${stageId}`;
}

/**
 * The geometry of a whole map: stage columns sized to their content, lane rows, wrapped card boxes,
 * emotion curves per persona over a -3..+3 scale, moment-of-truth markers, metric badges and
 * service-blueprint lines. Pure and deterministic; the editor canvas, `renderSvg` and `toPptx` all
 * draw from it, so every output matches.
 *
 * @example
 * const layout = layoutJourneyMap(map, { title: false });
 * layout.cards[0]; // { id, x, y, width, height, lines: ["Waits ten minutes", "for a table"], ... }
 */
export function layoutJourneyMap(map: JourneyMap, options: LayoutOptions = {}): JourneyLayout {
  const o = { ...DEFAULTS, ...withoutUndefined(options) };
  const measure = options.measureText ?? approximateTextWidth;
  const hidden = new Set(options.hiddenPersonaIds ?? []);
  const font = { size: o.cardFontSize };
  const lineHeight = Math.round(o.cardFontSize * LINE_HEIGHT);
  const metricsLane = map.lanes.find((l) => l.kind === "metrics");

  // Cards per cell, in document order, with wrapped text and heights.
  const cells = new Map<
    string,
    { id: string; text: string; lines: string[]; height: number; hasBadges: boolean }[]
  >();
  const lanesById = new Map(map.lanes.map((l) => [l.id, l]));
  const textWidth = o.cardWidth - 2 * CARD_PADDING;
  for (const card of map.cards) {
    const lines = wrapText(card.text || " ", textWidth, measure, font, CARD_MAX_LINES);
    const hasBadges =
      card.severity !== undefined ||
      card.impact !== undefined ||
      card.effort !== undefined ||
      (card.votes ?? 0) > 0;
    const height = Math.max(
      MIN_CARD_HEIGHT,
      2 * CARD_PADDING + lines.length * lineHeight + (hasBadges ? BADGE_ROW : 0),
    );
    const key = cellKey(card.laneId, card.stageId);
    const list = cells.get(key) ?? [];
    list.push({ id: card.id, text: card.text || " ", lines, height, hasBadges });
    cells.set(key, list);
  }
  const columnsIn = (count: number) => (count > SINGLE_COLUMN_MAX ? 2 : 1);
  const cellHeight = (laneId: string, stageId: string) => {
    const cards = cells.get(cellKey(laneId, stageId)) ?? [];
    const columns = columnsIn(cards.length);
    let height = 0;
    for (let i = 0; i < cards.length; i += columns) {
      const row = cards.slice(i, i + columns);
      height += Math.max(...row.map((c) => c.height)) + o.cardGap;
    }
    return cards.length ? height - o.cardGap + 2 * CELL_PADDING : 0;
  };

  // Stage widths.
  const stageWidths = map.stages.map((stage) => {
    const widest = Math.max(
      1,
      ...map.lanes.map((lane) => columnsIn(cells.get(cellKey(lane.id, stage.id))?.length ?? 0)),
    );
    const nameWidth = measure(stage.name, { size: 15, weight: 600 }) + 2 * CELL_PADDING;
    return Math.round(
      Math.max(
        MIN_STAGE_WIDTH,
        widest * o.cardWidth + (widest - 1) * o.cardGap + 2 * CELL_PADDING,
        Math.min(nameWidth, 420),
      ),
    );
  });

  // Stage header content: touchpoint chips wrapped inside the column.
  const chipRows = map.stages.map((stage, i) => {
    const width = stageWidths[i]! - 2 * CELL_PADDING;
    let rows = 0;
    let x = Infinity;
    const chips: {
      id: string;
      name: string;
      channel: TouchpointChip["channel"];
      row: number;
      dx: number;
      width: number;
    }[] = [];
    for (const tp of map.touchpoints) {
      if (tp.stageId !== stage.id) continue;
      const chipWidth = Math.min(width, Math.round(measure(tp.name, { size: 11 }) + 30));
      if (x + chipWidth > width) {
        rows++;
        x = 0;
      }
      chips.push({ id: tp.id, name: tp.name, channel: tp.channel, row: rows - 1, dx: x, width: chipWidth });
      x += chipWidth + CHIP_GAP;
    }
    return { rows, chips };
  });
  const maxChipRows = Math.max(0, ...chipRows.map((c) => c.rows));
  const hasMoments = map.momentsOfTruth.length > 0;
  const headerMetrics = metricsLane ? [] : map.metrics.filter((m) => m.stageId !== undefined);
  const hasHeaderMetrics = headerMetrics.length > 0;
  const headerHeight =
    STAGE_NAME_HEIGHT +
    (maxChipRows > 0 ? maxChipRows * (CHIP_HEIGHT + CHIP_GAP) + 4 : 0) +
    (hasMoments ? MOMENT_ROW : 0) +
    (hasHeaderMetrics ? METRIC_ROW : 0) +
    8;

  const top = o.padding + (o.title ? TITLE_HEIGHT : 0);
  const left = o.padding + o.laneHeaderWidth;
  const stages: StageColumn[] = [];
  let x = left;
  map.stages.forEach((stage, i) => {
    const width = stageWidths[i]!;
    const chipTop = top + STAGE_NAME_HEIGHT;
    const touchpoints: TouchpointChip[] = chipRows[i]!.chips.map((chip) => ({
      id: chip.id,
      name: chip.name,
      channel: chip.channel,
      x: x + CELL_PADDING + chip.dx,
      y: chipTop + chip.row * (CHIP_HEIGHT + CHIP_GAP),
      width: chip.width,
      height: CHIP_HEIGHT,
    }));
    const momentY =
      chipTop + (maxChipRows > 0 ? maxChipRows * (CHIP_HEIGHT + CHIP_GAP) + 4 : 0) + MOMENT_ROW / 2;
    let mx = x + CELL_PADDING;
    const moments: MomentMarker[] = map.momentsOfTruth
      .filter((m) => m.stageId === stage.id)
      .map((m) => {
        const radius = 6 + m.importance * 1.5;
        const marker = {
          id: m.id,
          stageId: stage.id,
          cx: Math.round(mx + radius),
          cy: Math.round(momentY),
          radius,
          kind: m.kind,
          importance: m.importance,
          outcome: m.outcome,
          title: m.title,
        };
        mx += 2 * radius + 8;
        return marker;
      });
    stages.push({
      id: stage.id,
      index: i,
      name: stage.name,
      x,
      width,
      header: { x, y: top, width, height: headerHeight },
      touchpoints,
      moments,
    });
    x += width;
  });
  const right = x;

  // Lanes.
  const lanes: LaneRow[] = [];
  let y = top + headerHeight;
  let emotion: EmotionLaneLayout | undefined;
  const cards: CardBox[] = [];
  const metrics: MetricBadge[] = [];
  for (const lane of map.lanes) {
    const contentHeights = map.stages.map((s) => cellHeight(lane.id, s.id));
    const curveHeight = lane.kind === "emotions" ? o.emotionLaneHeight : 0;
    const metricRows =
      lane === metricsLane
        ? Math.max(0, ...map.stages.map((s) => map.metrics.filter((m) => m.stageId === s.id).length))
        : 0;
    const height = Math.round(
      Math.max(
        MIN_LANE_HEIGHT,
        curveHeight + Math.max(0, ...contentHeights),
        metricRows * (METRIC_ROW + 4) + 2 * CELL_PADDING,
      ),
    );
    lanes.push({
      id: lane.id,
      kind: lane.kind,
      title: lane.title,
      y,
      height,
      header: { x: o.padding, y, width: o.laneHeaderWidth, height },
    });
    if (lane.kind === "emotions" && !emotion) {
      const pad = 22;
      const levelTop = y + pad;
      const step = (curveHeight - 2 * pad) / 6;
      const levels = [3, 2, 1, 0, -1, -2, -3].map((score, i) => ({
        score,
        y: Math.round(levelTop + i * step),
      }));
      const yOf = (score: number) => levelTop + (3 - score) * step;
      emotion = {
        laneId: lane.id,
        top: y,
        bottom: y + curveHeight,
        levels,
        curves: map.personas
          .filter((p) => !hidden.has(p.id))
          .map((persona) => ({
            personaId: persona.id,
            name: persona.name,
            color: persona.color,
            points: stages.flatMap((column) => {
              const points = map.emotions.filter(
                (e) => e.personaId === persona.id && e.stageId === column.id,
              );
              if (points.length === 0) return [];
              const stageLevel = points.find((p) => p.touchpointId === undefined);
              const score = stageLevel
                ? stageLevel.score
                : points.reduce((s, p) => s + p.score, 0) / points.length;
              return [
                {
                  stageId: column.id,
                  x: Math.round(column.x + column.width / 2),
                  y: Math.round(yOf(score)),
                  score,
                },
              ];
            }),
          })),
      };
    }
    // Cards in this lane's cells.
    for (const column of stages) {
      const list = cells.get(cellKey(lane.id, column.id)) ?? [];
      const columns = columnsIn(list.length);
      const cardWidth = columns === 1 ? column.width - 2 * CELL_PADDING : o.cardWidth;
      let cy = y + curveHeight + CELL_PADDING;
      for (let i = 0; i < list.length; i += columns) {
        const row = list.slice(i, i + columns);
        const rowHeight = Math.max(...row.map((c) => c.height));
        row.forEach((c, j) => {
          const laneKind = lanesById.get(lane.id)?.kind ?? "notes";
          // Single-column cards fill the cell; re-wrap to the wider box so text uses the space.
          const lines =
            columns === 1
              ? wrapText(c.text, cardWidth - 2 * CARD_PADDING, measure, font, CARD_MAX_LINES)
              : c.lines;
          const height = Math.max(
            MIN_CARD_HEIGHT,
            2 * CARD_PADDING + lines.length * lineHeight + (c.hasBadges ? BADGE_ROW : 0),
          );
          cards.push({
            id: c.id,
            laneId: lane.id,
            stageId: column.id,
            kind: laneKind,
            x: column.x + CELL_PADDING + j * (o.cardWidth + o.cardGap),
            y: cy,
            width: cardWidth,
            height: columns === 1 ? height : rowHeight,
            lines,
            hasBadges: c.hasBadges,
          });
        });
        cy += (columns === 1 ? cards.at(-1)!.height : rowHeight) + o.cardGap;
      }
      if (lane === metricsLane) {
        map.metrics
          .filter((m) => m.stageId === column.id)
          .forEach((m, i) => {
            metrics.push(
              badge(
                m,
                column.x + CELL_PADDING,
                y + CELL_PADDING + i * (METRIC_ROW + 4),
                column.width - 2 * CELL_PADDING,
              ),
            );
          });
      }
    }
    y += height;
  }
  if (!metricsLane) {
    for (const column of stages) {
      const own = headerMetrics.filter((m) => m.stageId === column.id);
      let bx = column.x + CELL_PADDING;
      for (const m of own) {
        const room = column.x + column.width - CELL_PADDING - bx;
        if (room < 60) break;
        const fitted = fitLabel(m, room - 18, measure);
        const width = Math.round(measure(`${fitted.label} ${fitted.value}`, { size: 11, weight: 600 }) + 18);
        metrics.push({
          ...badge(m, bx, column.header.y + column.header.height - METRIC_ROW - 2, width),
          label: fitted.label,
        });
        bx += width + 6;
      }
    }
  }

  return {
    width: Math.round(right + o.padding),
    height: Math.round(y + o.padding),
    title: o.title
      ? {
          x: o.padding,
          y: o.padding,
          width: right - o.padding,
          height: TITLE_HEIGHT - 16,
          text: map.title,
          subtitle: `${map.state === "future" ? "Future state" : "Current state"} · ${map.personas.map((p) => p.name).join(", ") || "no personas"} · ${map.stages.length} stages`,
        }
      : undefined,
    laneHeaderWidth: o.laneHeaderWidth,
    headerRow: { x: left, y: top, width: right - left, height: headerHeight },
    stages,
    lanes,
    cards,
    emotion,
    metrics,
    blueprintLines: blueprintLines(lanes, o.padding, right),
    options: o,
  };
}

/** Shorten a metric's label (never its value) so label and value fit the width, by the rule of `fitLine`. */
function fitLabel(m: JourneyMap["metrics"][number], width: number, measure: TextMeasurer) {
  const value = formatMetricValue(m);
  const font = { size: 11, weight: 600 };
  const label = fitLine(metricLabel(m), width - measure(` ${value}`, font), measure, font);
  return { label, value };
}

function badge(m: JourneyMap["metrics"][number], x: number, y: number, width: number): MetricBadge {
  return {
    id: m.id,
    stageId: m.stageId,
    kind: m.kind,
    label: metricLabel(m),
    value: formatMetricValue(m),
    belowTarget: m.target !== undefined && m.value < m.target,
    x,
    y,
    width,
    height: METRIC_ROW - 6,
  };
}

/** Lines of interaction, visibility and internal interaction between blueprint lane groups. */
function blueprintLines(lanes: LaneRow[], x1: number, x2: number): BlueprintLine[] {
  const lines: BlueprintLine[] = [];
  const firstOf = (kind: LaneKind) => lanes.findIndex((l) => l.kind === kind);
  const add = (
    kind: BlueprintLine["kind"],
    label: string,
    index: number,
    before: (k: LaneKind) => boolean,
  ) => {
    if (index > 0 && lanes.slice(0, index).some((l) => before(l.kind)))
      lines.push({ kind, label, y: lanes[index]!.y, x1, x2 });
  };
  add("interaction", "Line of interaction", firstOf("frontstage"), CUSTOMER_SIDE);
  add("visibility", "Line of visibility", firstOf("backstage"), (k) => k === "frontstage");
  add("internal", "Line of internal interaction", firstOf("support"), (k) => k === "backstage");
  return lines;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

import {
  channelLabel,
  type JourneyLayout,
  type JourneyMap,
  type LaneRow,
  type StageColumn,
} from "@journeykit/core";
import type { ExportTheme } from "../theme/export-theme.js";
import { CONTENT_TOP, MARGIN, slideTitle, textItem } from "./slide-frame.js";
import type { Slide, SlideItem } from "./slide-model.js";
import { fit, LINE, measure, TYPE, wrap } from "./slide-text.js";

/** Layout pixels to points on a stage slide: card text (13 px in the layout) is drawn at 12 pt. */
export const STAGE_SCALE = 12 / 13;
const K = STAGE_SCALE;

/** A lane as drawn on stage slides: an emotions lane without cards is left out (the curve has its own chart slide). */
interface Band {
  lane: LaneRow;
  /** Top in layout pixels once the left-out lanes are removed. */
  top: number;
}

/** Something placed in a lane, with its top and height in band pixels. */
interface Block {
  vy: number;
  vh: number;
}

/**
 * Split stages into groups that fit a slide's width at `STAGE_SCALE` beside the lane titles (at
 * least one stage per group).
 */
export function stageGroups(layout: JourneyLayout, slideWidth: number): StageColumn[][] {
  const room = slideWidth - 2 * MARGIN - layout.laneHeaderWidth * K;
  const groups: StageColumn[][] = [];
  let current: StageColumn[] = [];
  let used = 0;
  for (const column of layout.stages) {
    const w = column.width * K;
    if (current.length > 0 && used + w > room) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(column);
    used += w;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Page windows [from, to) over the bands' height that fit `room`, breaking at lane tops, else between cards. */
function pageWindows(bands: Band[], blocks: Block[], total: number, room: number): [number, number][] {
  const windows: [number, number][] = [];
  let from = 0;
  while (from < total) {
    const limit = from + room;
    let to = total;
    if (limit < total) {
      const laneTops = bands.map((b) => b.top).filter((t) => t > from && t <= limit);
      if (laneTops.length > 0) to = Math.max(...laneTops);
      else {
        const cuts = blocks
          .map((b) => b.vy - 4)
          .filter((t) => t > from && t <= limit && !blocks.some((o) => o.vy < t && o.vy + o.vh > t));
        to = cuts.length > 0 ? Math.max(...cuts) : limit;
      }
    }
    windows.push([from, to]);
    from = to;
  }
  return windows.length > 0 ? windows : [[0, 0]];
}

/**
 * The map at a readable size: one slide per group of stages that fits the width (stage headers with
 * their moments and metric badges, lanes with their cards, touchpoints with channels, metric badges,
 * service-blueprint lines), continued on further slides when the lanes do not fit the height. Drawn
 * from `layoutJourneyMap`'s geometry scaled by `STAGE_SCALE`, so it matches the canvas.
 */
export function stageGroupSlides(
  map: JourneyMap,
  layout: JourneyLayout,
  page: { width: number; height: number },
  theme: ExportTheme,
  notesFor: (stageIds: string[]) => string,
): Slide[] {
  const slides: Slide[] = [];
  const bands: Band[] = [];
  let total = 0;
  const withCards = new Set(layout.cards.map((c) => c.laneId));
  for (const lane of layout.lanes) {
    if (lane.kind === "emotions" && !withCards.has(lane.id)) continue;
    bands.push({ lane, top: total });
    total += lane.height;
  }
  const bandOf = new Map(bands.map((b) => [b.lane.id, b]));
  const bandAt = (y: number) => bands.find((b) => y >= b.lane.y && y < b.lane.y + b.lane.height);
  const cards = new Map(map.cards.map((c) => [c.id, c]));
  const headerTop = layout.headerRow.y;
  const headerH = layout.headerRow.height * K;
  const bodyTop = CONTENT_TOP + headerH;
  const room = (page.height - 14 - bodyTop) / K;
  const laneW = layout.laneHeaderWidth * K;
  const groups = stageGroups(layout, page.width);

  groups.forEach((group) => {
    const first = group[0]!;
    const last = group.at(-1)!;
    const inGroup = new Set(group.map((c) => c.id));
    // A group narrower than the slide is stretched across it (wider columns, the same type sizes):
    // two stages on a 16:9 slide no longer leave a third of it empty.
    const used = (group.at(-1)!.x + group.at(-1)!.width - group[0]!.x) * K;
    const KX = K * Math.max(1, Math.min(2, (page.width - 2 * MARGIN - laneW) / used));
    const X = (px: number) => MARGIN + laneW + (px - first.x) * KX;
    const right = X(last.x + last.width);
    const Yh = (py: number) => CONTENT_TOP + (py - headerTop) * K;
    const placed = <T extends { y: number; height: number }>(item: T, laneId?: string) => {
      const band = laneId ? bandOf.get(laneId) : bandAt(item.y);
      return band ? { item, vy: band.top + (item.y - band.lane.y) } : undefined;
    };
    const groupCards = layout.cards
      .filter((c) => inGroup.has(c.stageId))
      .flatMap((c) => placed(c, c.laneId) ?? []);
    const groupTouchpoints = layout.touchpoints
      .filter((t) => inGroup.has(t.stageId))
      .flatMap((t) => placed(t, t.laneId) ?? []);
    const laneBadges = layout.metrics
      .filter(
        (m) =>
          m.stageId !== undefined && inGroup.has(m.stageId) && m.y >= headerTop + layout.headerRow.height,
      )
      .flatMap((m) => placed(m) ?? []);
    const headerBadges = layout.metrics.filter(
      (m) => m.stageId !== undefined && inGroup.has(m.stageId) && m.y < headerTop + layout.headerRow.height,
    );
    const blocks: Block[] = [...groupCards, ...groupTouchpoints, ...laneBadges].map((p) => ({
      vy: p.vy,
      vh: p.item.height,
    }));
    const windows = pageWindows(bands, blocks, total, room);
    const range = first === last ? `stage ${first.index + 1}` : `stages ${first.index + 1}–${last.index + 1}`;
    const notes = notesFor(group.map((c) => c.id));

    windows.forEach(([from, to], pageIndex) => {
      const Y = (v: number) => bodyTop + (v - from) * K;
      // The map's title gives way (it is on every slide), never the stage range and page.
      const suffix = `: ${range}${windows.length > 1 ? ` (${pageIndex + 1}/${windows.length})` : ""}`;
      const titleRoom = page.width - 2 * MARGIN - measure(suffix, TYPE.title, true);
      const title = `${fit(map.title, titleRoom, TYPE.title, true)}${suffix}`;
      const items: SlideItem[] = slideTitle(page.width, theme, title);
      const bottom = Y(to);
      const visible = bands.filter((b) => b.top < to && b.top + b.lane.height > from);
      const lineTops = new Set(
        layout.blueprintLines.flatMap((l) => {
          const band = bands.find((b) => b.lane.y === l.y);
          return band ? [band.top] : [];
        }),
      );
      // Lanes: a band across the slide and the lane's title in the left column.
      visible.forEach((band, i) => {
        const top = Math.max(band.top, from);
        const end = Math.min(band.top + band.lane.height, to);
        items.push({
          type: "shape",
          name: `Lane: ${band.lane.title}`,
          shape: "rect",
          x: MARGIN,
          y: Y(top),
          w: right - MARGIN,
          h: (end - top) * K,
          fill: (bands.indexOf(band) + i) % 2 ? theme.laneAltFill : theme.laneFill,
          stroke: theme.grid,
          strokeWidth: 0.5,
        });
        const continued = band.top < from;
        const below = lineTops.has(top) && top === from ? 2 * TYPE.small * LINE + 2 : 0;
        const lines = wrap(
          `${band.lane.title}${continued ? " (cont.)" : ""}`,
          laneW - 14,
          TYPE.body,
          true,
          3,
        );
        items.push(
          textItem(
            `Lane title: ${band.lane.title}`,
            { x: MARGIN + 6, y: Y(top) + 6 + below, w: laneW - 10 },
            lines.map((text) => ({ text, size: TYPE.body, bold: true, color: theme.text })),
          ),
        );
      });
      // Stage headers, repeated on every page of the group.
      for (const column of group) {
        items.push(
          textItem(
            `Stage ${column.index + 1}: ${column.name}`,
            { x: X(column.x), y: CONTENT_TOP, w: column.width * KX, h: headerH },
            wrap(`${column.index + 1}. ${column.name}`, column.width * KX - 14, TYPE.heading, true, 2).map(
              (text) => ({ text, size: TYPE.heading, bold: true, color: theme.text }),
            ),
            { fill: theme.headerFill, stroke: theme.grid, strokeWidth: 0.5, padding: 6, shape: "rect" },
          ),
        );
        column.touchpoints.forEach((chip, i) => {
          // The chip grows into the room up to the next chip (or the column's edge) to show its channel.
          const label = `${chip.name} · ${channelLabel(chip.channel)}`;
          const next = column.touchpoints[i + 1];
          const limit =
            (next && next.y === chip.y ? X(next.x) - 4 : X(column.x + column.width) - 6) - X(chip.x);
          const w = Math.max(chip.width * KX, Math.min(measure(label, TYPE.small) + 10, limit));
          items.push(
            textItem(
              `Touchpoint: ${chip.name} (${chip.channel})`,
              { x: X(chip.x), y: Yh(chip.y), w, h: chip.height * K },
              [{ text: fit(label, w - 8, TYPE.small), size: TYPE.small, color: theme.text }],
              { shape: "roundRect", fill: theme.chipFill, padding: 2, valign: "middle" },
            ),
          );
        });
        for (const m of column.moments) {
          const r = Math.max(m.radius * K, 8);
          items.push(
            textItem(
              `Moment of truth: ${m.title}`,
              { x: X(m.cx) - r, y: Yh(m.cy) - r, w: 2 * r, h: 2 * r },
              [
                {
                  text: m.kind === "custom" ? "★" : m.kind[0]!,
                  size: TYPE.min,
                  bold: true,
                  color: "#ffffff",
                },
              ],
              {
                shape: "ellipse",
                fill: theme.outcome[m.outcome ?? "none"],
                align: "center",
                valign: "middle",
              },
            ),
          );
        }
        if (column.moments.length === 1) {
          const m = column.moments[0]!;
          const x = X(m.cx) + Math.max(m.radius * K, 8) + 4;
          const w = X(column.x + column.width) - 4 - x;
          if (w > 30)
            items.push(
              textItem(`Moment label: ${m.title}`, { x, y: Yh(m.cy) - (TYPE.small * LINE) / 2, w }, [
                { text: fit(`${m.kind}: ${m.title}`, w, TYPE.small), size: TYPE.small, color: theme.muted },
              ]),
            );
        }
      }
      const badge = (m: (typeof layout.metrics)[number], x: number, y: number, w: number, h: number) => {
        const color = m.belowTarget ? theme.warning : theme.text;
        items.push(
          textItem(
            `Metric: ${m.fullText}`,
            { x, y, w, h },
            [{ text: badgeText(m, w - 8), size: TYPE.small, bold: true, color }],
            {
              shape: "roundRect",
              fill: theme.background,
              stroke: m.belowTarget ? theme.warning : m.measured ? theme.text : theme.grid,
              strokeWidth: 0.75,
              padding: 3,
              valign: "middle",
            },
          ),
        );
      };
      // A stage header's list, as the layout placed it (its "+N more" says how many the table lists).
      for (const m of headerBadges)
        badge(m, X(m.x), Yh(m.y), m.width * KX, Math.max(m.height * K, TYPE.small * LINE + 6));
      for (const more of layout.metricMore)
        if (more.stageId !== undefined && inGroup.has(more.stageId))
          items.push(
            textItem(
              `Metric: ${more.text}`,
              {
                x: X(more.x),
                y: Yh(more.y),
                w: more.width * KX + 12,
                h: Math.max(more.height * K, TYPE.small * LINE + 6),
              },
              [{ text: more.text, size: TYPE.small, color: theme.muted }],
              { padding: 3, valign: "middle" },
            ),
          );
      for (const { item: m, vy } of laneBadges)
        if (vy >= from && vy < to)
          badge(m, X(m.x), Y(vy), m.width * KX, Math.max(m.height * K, TYPE.small * LINE + 6));
      for (const { item: tp, vy } of groupTouchpoints) {
        if (vy < from || vy >= to) continue;
        items.push(
          textItem(
            `Touchpoint: ${tp.name} (${tp.channelLabel})`,
            { x: X(tp.x), y: Y(vy), w: tp.width * KX, h: Math.max(tp.height * K, TYPE.body * LINE + 6) },
            [
              {
                text: fit(`${tp.name} · ${tp.channelLabel}`, tp.width * KX - 10, TYPE.body, true),
                size: TYPE.body,
                bold: true,
                color: theme.text,
              },
            ],
            {
              shape: "roundRect",
              fill: theme.chipFill,
              stroke: theme.grid,
              strokeWidth: 0.5,
              padding: 4,
              valign: "middle",
            },
          ),
        );
      }
      for (const { item: box, vy } of groupCards) {
        if (vy < from || vy >= to) continue;
        const card = cards.get(box.id)!;
        const badges = cardBadges(card);
        items.push(
          textItem(
            `Card: ${box.lines[0] ?? ""}`,
            { x: X(box.x), y: Y(vy), w: box.width * KX, h: Math.min(box.height * K, bottom - Y(vy)) },
            [
              ...box.lines.map((text) => ({ text, size: TYPE.body, color: theme.text })),
              ...(badges
                ? [
                    {
                      text: fit(badges, box.width * KX - 16, TYPE.small),
                      size: TYPE.small,
                      color: theme.muted,
                    },
                  ]
                : []),
            ],
            {
              shape: "roundRect",
              fill: card.color ?? theme.cards[box.kind] ?? theme.cards.default,
              stroke: theme.grid,
              strokeWidth: 0.5,
              padding: 8,
            },
          ),
        );
      }
      // Column lines and the service-blueprint lines across the lanes.
      for (const column of group)
        items.push({
          type: "line",
          name: `Column line: stage ${column.index + 1}`,
          x1: X(column.x),
          y1: CONTENT_TOP,
          x2: X(column.x),
          y2: bottom,
          color: theme.grid,
          width: 0.75,
        });
      items.push({
        type: "line",
        name: "Column line: end",
        x1: right,
        y1: CONTENT_TOP,
        x2: right,
        y2: bottom,
        color: theme.grid,
        width: 0.75,
      });
      for (const line of layout.blueprintLines) {
        const band = bands.find((b) => b.lane.y === line.y);
        if (!band || band.top < from || band.top >= to) continue;
        const y = Y(band.top);
        items.push({
          type: "line",
          name: line.label,
          x1: MARGIN,
          y1: y,
          x2: right,
          y2: y,
          color: theme.muted,
          width: 1.5,
          dash: true,
        });
        const label = wrap(line.label, laneW - 10, TYPE.small, true, 2);
        const labelY = band.top === from ? y + 2 : y - label.length * TYPE.small * LINE - 1;
        items.push(
          textItem(
            `${line.label} (label)`,
            { x: MARGIN + 6, y: labelY, w: laneW - 8 },
            label.map((text) => ({ text, size: TYPE.small, bold: true, color: theme.muted })),
          ),
        );
      }
      slides.push({ kind: "stages", title, notes, items });
    });
  });
  return slides;
}

/**
 * A badge's text in `width`: the layout's text (core's figure, or chip when the figure did not fit)
 * with its trend when both fit, else without; the label shortened only when even that does not fit.
 */
function badgeText(badge: JourneyLayout["metrics"][number], width: number): string {
  const withTrend = badge.trend && badge.showTrend ? `${badge.text} ${badge.trend.text}` : badge.text;
  if (measure(withTrend, TYPE.small, true) <= width) return withTrend;
  return fit(badge.text, width, TYPE.small, true);
}

/** Severity, impact/effort and votes of a card, as the canvas shows them. */
export function cardBadges(card: JourneyMap["cards"][number]): string {
  const parts: string[] = [];
  if (card.severity !== undefined) parts.push(`Severity ${card.severity}/5`);
  if (card.impact !== undefined) parts.push(`Impact ${card.impact}`);
  if (card.effort !== undefined) parts.push(`Effort ${card.effort}`);
  if ((card.votes ?? 0) > 0) parts.push(`${card.votes} votes`);
  return parts.join(" · ");
}

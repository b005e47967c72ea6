import {
  approximateTextWidth,
  type CardBox,
  curveRuns,
  fitLine,
  formatEmotionScore,
  type JourneyLayout,
  type JourneyMap,
  LANE_KIND_TITLES,
  layoutJourneyMap,
  smoothPath,
  type TextMeasurer,
} from "@journeykit/core";
import { darkTheme, type ExportTheme, lightTheme } from "../theme/export-theme.js";
import { trustedMap } from "../trusted-map.js";
import { escapeXml } from "./escape-xml.js";
import { renderMetricsSvg } from "./render-svg-metrics.js";

/** Options of `renderSvg`. */
export interface RenderSvgOptions {
  theme?: "light" | "dark";
  /** Draw the title bar (default true). */
  title?: boolean;
  measureText?: TextMeasurer;
  hiddenPersonaIds?: readonly string[];
  /** Font family list written into the SVG (family names only, never a URL). */
  fontFamily?: string;
}

/** The default font stack: Inter where installed, DejaVu Sans (bundled for headless PNG), then system fonts. */
export const SVG_FONT_FAMILY = "Inter, 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif";

const LEVEL_WORDS: Record<number, string> = { 3: "delighted", 0: "neutral", [-3]: "very unhappy" };

const n = (value: number) => String(Math.round(value * 10) / 10);
const attrs = (a: Record<string, string | number | undefined>) =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === "number" ? n(v) : escapeXml(v!)}"`)
    .join("");
const el = (name: string, a: Record<string, string | number | undefined>, body?: string) =>
  body === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${body}</${name}>`;
const text = (x: number, y: number, content: string, a: Record<string, string | number | undefined> = {}) =>
  el("text", { x, y, ...a }, escapeXml(content));

function cardBadges(card: JourneyMap["cards"][number]): string {
  const parts: string[] = [];
  if (card.severity !== undefined) parts.push(`Severity ${card.severity}/5`);
  if (card.impact !== undefined) parts.push(`Impact ${card.impact}`);
  if (card.effort !== undefined) parts.push(`Effort ${card.effort}`);
  if ((card.votes ?? 0) > 0) parts.push(`● ${card.votes}`);
  return parts.join("  ·  ");
}

function renderCard(
  box: CardBox,
  card: JourneyMap["cards"][number],
  theme: ExportTheme,
  fontSize: number,
): string {
  const fill = card.color ?? theme.cards[box.kind] ?? theme.cards.default;
  const lineHeight = Math.round(fontSize * 1.35);
  const lines = box.lines
    .map((line, i) =>
      el("tspan", { x: box.x + 10, y: box.y + 10 + fontSize + i * lineHeight }, escapeXml(line)),
    )
    .join("");
  const badges = box.hasBadges
    ? text(box.x + 10, box.y + box.height - 9, cardBadges(card), {
        "font-size": 10.5,
        fill: theme.muted,
        "font-weight": 600,
      })
    : "";
  return el(
    "g",
    { "data-card-id": card.id },
    el("rect", {
      x: box.x,
      y: box.y,
      width: box.width,
      height: box.height,
      rx: 6,
      fill,
      stroke: theme.cardStroke,
    }) +
      el("text", { "font-size": fontSize, fill: theme.text }, lines) +
      badges,
  );
}

/** The SVG markup of a layout; `renderSvg` validates the map first. */
export function renderLayoutSvg(
  map: JourneyMap,
  layout: JourneyLayout,
  theme: ExportTheme,
  fontFamily: string,
  measure: TextMeasurer = approximateTextWidth,
): string {
  const out: string[] = [];
  const { padding, cardFontSize } = layout.options;
  const left = padding + layout.laneHeaderWidth;
  const right = layout.width - padding;
  out.push(el("rect", { x: 0, y: 0, width: layout.width, height: layout.height, fill: theme.background }));

  if (layout.title) {
    out.push(
      text(layout.title.x, layout.title.y + 24, layout.title.text, {
        "font-size": 24,
        "font-weight": 700,
        fill: theme.text,
      }),
    );
    out.push(
      text(layout.title.x, layout.title.y + 46, layout.title.subtitle, {
        "font-size": 13,
        fill: theme.muted,
      }),
    );
  }

  // Lane rows and titles.
  layout.lanes.forEach((lane, i) => {
    out.push(
      el("rect", {
        x: padding,
        y: lane.y,
        width: right - padding,
        height: lane.height,
        fill: i % 2 ? theme.laneAltFill : theme.laneFill,
      }),
    );
    out.push(el("line", { x1: padding, y1: lane.y, x2: right, y2: lane.y, stroke: theme.grid }));
    out.push(
      text(padding + 12, lane.y + 24, lane.title, { "font-size": 13, "font-weight": 700, fill: theme.text }),
    );
    // The kind in words ("Backstage" under "Kitchen"), only when the title does not already say it.
    const kind = LANE_KIND_TITLES[lane.kind];
    if (kind && kind.toLowerCase() !== lane.title.trim().toLowerCase())
      out.push(text(padding + 12, lane.y + 42, kind, { "font-size": 10.5, fill: theme.muted }));
  });
  const bottom = layout.lanes.length
    ? layout.lanes.at(-1)!.y + layout.lanes.at(-1)!.height
    : layout.headerRow.y + layout.headerRow.height;
  out.push(el("line", { x1: padding, y1: bottom, x2: right, y2: bottom, stroke: theme.grid }));

  // Stage headers and column lines.
  for (const stage of layout.stages) {
    const h = stage.header;
    out.push(el("rect", { x: h.x, y: h.y, width: h.width, height: h.height, fill: theme.headerFill }));
    out.push(el("line", { x1: stage.x, y1: h.y, x2: stage.x, y2: bottom, stroke: theme.grid }));
    // The layout's name lines (two at most, "…" when cut), as on the canvas.
    stage.nameLines.forEach((line, i) => {
      out.push(
        text(h.x + 12, h.y + 26 + i * 20, i === 0 ? `${stage.index + 1}. ${line}` : line, {
          "font-size": 15,
          "font-weight": 700,
          fill: theme.text,
        }),
      );
    });
    for (const chip of stage.touchpoints) {
      out.push(
        el("rect", {
          x: chip.x,
          y: chip.y,
          width: chip.width,
          height: chip.height,
          rx: 11,
          fill: theme.chipFill,
        }),
      );
      out.push(text(chip.x + 10, chip.y + 15, chip.name, { "font-size": 11, fill: theme.text }));
    }
    for (const m of stage.moments) {
      const color = theme.outcome[m.outcome ?? "none"];
      out.push(
        el(
          "g",
          { "data-moment-id": m.id },
          el("title", {}, escapeXml(`${m.kind} moment of truth: ${m.title}`)) +
            el("circle", {
              cx: m.cx,
              cy: m.cy,
              r: m.radius,
              fill: color,
              stroke: theme.background,
              "stroke-width": 2,
            }) +
            text(m.cx, m.cy + 3.5, m.kind === "custom" ? "★" : m.kind[0]!, {
              "font-size": 10,
              "font-weight": 700,
              fill: "#ffffff",
              "text-anchor": "middle",
            }),
        ),
      );
    }
    if (stage.moments.length === 1) {
      const m = stage.moments[0]!;
      const room = stage.x + stage.width - (m.cx + m.radius + 6) - 8;
      const label = fitLine(m.title, room, measure, { size: 11 });
      out.push(text(m.cx + m.radius + 6, m.cy + 4, label, { "font-size": 11, fill: theme.muted }));
    }
  }
  const lastStage = layout.stages.at(-1);
  if (lastStage)
    out.push(el("line", { x1: right, y1: layout.headerRow.y, x2: right, y2: bottom, stroke: theme.grid }));

  // Metrics: the whole-journey strip, stage lists, rows under touchpoints.
  out.push(...renderMetricsSvg(layout, theme, measure));

  // Touchpoints in the touchpoints lane: name and channel tag.
  for (const tp of layout.touchpoints) {
    out.push(
      el(
        "g",
        { "data-touchpoint-id": tp.id },
        el("title", {}, escapeXml(`${tp.name} · ${tp.channelLabel}`)) +
          el("rect", {
            x: tp.x,
            y: tp.y,
            width: tp.width,
            height: tp.height,
            rx: 8,
            fill: theme.chipFill,
            stroke: theme.grid,
          }) +
          text(tp.x + 8, tp.y + tp.height / 2 + 4, tp.label, {
            "font-size": 12,
            "font-weight": 600,
            fill: theme.text,
          }) +
          el("rect", {
            x: tp.x + tp.width - 8 - tp.channelWidth,
            y: tp.y + 7,
            width: tp.channelWidth,
            height: tp.height - 14,
            rx: 9,
            fill: theme.background,
          }) +
          text(tp.x + tp.width - 8 - tp.channelWidth / 2, tp.y + tp.height / 2 + 3.5, tp.channelLabel, {
            "font-size": 10,
            "font-weight": 600,
            fill: theme.muted,
            "text-anchor": "middle",
          }),
      ),
    );
  }

  // Cards.
  const cards = new Map(map.cards.map((c) => [c.id, c]));
  for (const box of layout.cards) out.push(renderCard(box, cards.get(box.id)!, theme, cardFontSize));

  // Emotion lane: scale, curves, legend.
  if (layout.emotion) {
    const e = layout.emotion;
    for (const level of e.levels) {
      out.push(
        el("line", {
          x1: left,
          y1: level.y,
          x2: right,
          y2: level.y,
          stroke: theme.grid,
          "stroke-dasharray": level.score === 0 ? undefined : "3 4",
        }),
      );
      const word = LEVEL_WORDS[level.score];
      out.push(
        text(left - 8, level.y + 4, `${word ? `${word} ` : ""}${formatEmotionScore(level.score)}`, {
          "font-size": 10,
          fill: theme.muted,
          "text-anchor": "end",
        }),
      );
    }
    e.curves.forEach((curve, i) => {
      out.push(
        el(
          "g",
          { "data-persona-id": curve.personaId },
          el("path", {
            d: smoothPath(curve.points),
            fill: "none",
            stroke: curve.color,
            "stroke-width": 3,
            "stroke-linecap": "round",
          }) +
            curve.points
              .map((p) =>
                el("circle", {
                  cx: p.x,
                  cy: p.y,
                  r: 5.5,
                  fill: theme.background,
                  stroke: curve.color,
                  "stroke-width": 3,
                }),
              )
              .join(""),
        ),
      );
      const ly = e.top + 62 + i * 18;
      out.push(el("rect", { x: padding + 12, y: ly - 9, width: 14, height: 4, rx: 2, fill: curve.color }));
      out.push(text(padding + 32, ly - 3, curve.name, { "font-size": 11, fill: theme.text }));
    });
    // Measured curves (from customer data): dashed, in the persona's colour, each with its legend entry.
    const stageIds = layout.stages.map((s) => s.id);
    e.measured.forEach((curve, i) => {
      const points = curve.points
        .map((p) => {
          const from = p.n === undefined ? "" : ` from ${p.n} responses${p.source ? ` (${p.source})` : ""}`;
          const stage = layout.stages.find((s) => s.id === p.stageId)?.name ?? p.stageId;
          return el(
            "circle",
            { cx: p.x, cy: p.y, r: 4, fill: curve.color, stroke: theme.background, "stroke-width": 1.5 },
            el(
              "title",
              {},
              escapeXml(`${curve.name}, measured${from}: ${stage} ${formatEmotionScore(p.score)}`),
            ),
          );
        })
        .join("");
      out.push(
        el(
          "g",
          { "data-persona-id": curve.personaId, "data-evidence": "measured" },
          // Only between neighbouring stages that both were measured (curveRuns).
          curveRuns(curve.points, stageIds)
            .map((run) =>
              el("path", {
                d: smoothPath(run),
                fill: "none",
                stroke: curve.color,
                "stroke-width": 2.5,
                "stroke-dasharray": "7 5",
                "stroke-linecap": "round",
              }),
            )
            .join("") + points,
        ),
      );
      const ly = e.top + 62 + (e.curves.length + i) * 18;
      out.push(
        el("line", {
          x1: padding + 12,
          y1: ly - 7,
          x2: padding + 26,
          y2: ly - 7,
          stroke: curve.color,
          "stroke-width": 2.5,
          "stroke-dasharray": "4 3",
        }),
      );
      out.push(text(padding + 32, ly - 3, `${curve.name} measured`, { "font-size": 11, fill: theme.text }));
    });
  }

  // Service blueprint lines.
  for (const line of layout.blueprintLines) {
    out.push(
      el("line", {
        x1: line.x1,
        y1: line.y,
        x2: line.x2,
        y2: line.y,
        stroke: theme.muted,
        "stroke-width": 2,
        "stroke-dasharray": "8 5",
      }),
    );
    out.push(
      // In the lane-title column just above the line, as on the canvas: clear of the cards.
      text(line.x1 + 10, line.y - 5, line.label, {
        "font-size": 10.5,
        "font-weight": 600,
        fill: theme.muted,
      }),
    );
  }

  return `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
    width: layout.width,
    height: layout.height,
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    "font-family": fontFamily,
    role: "img",
    "aria-label": `Journey map: ${map.title}`,
  })}>${el("title", {}, escapeXml(map.title))}${out.join("")}</svg>`;
}

/**
 * A standalone, deterministic SVG of the whole map from the model alone (no DOM): stage headers,
 * lanes, cards with wrapped text, emotion curves with a legend, moments of truth, metrics and
 * blueprint lines. All text is escaped; the SVG holds no script, event attribute or external
 * reference. Throws an Error naming the first problems when the map is invalid.
 *
 * @example
 * const svg = renderSvg(map, { theme: "dark" });
 */
export function renderSvg(map: JourneyMap, options: RenderSvgOptions = {}): string {
  const valid = trustedMap(map);
  const layout = layoutJourneyMap(valid, {
    title: options.title ?? true,
    ...(options.measureText ? { measureText: options.measureText } : {}),
    ...(options.hiddenPersonaIds ? { hiddenPersonaIds: options.hiddenPersonaIds } : {}),
  });
  return renderLayoutSvg(
    valid,
    layout,
    options.theme === "dark" ? darkTheme : lightTheme,
    options.fontFamily ?? SVG_FONT_FAMILY,
    options.measureText,
  );
}

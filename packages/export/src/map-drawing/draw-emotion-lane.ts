import {
  type CurvePoint,
  coreTranslator,
  curveRuns,
  type EmotionLaneLayout,
  formatEmotionScore,
  type JourneyLayout,
  type MeasuredCurvePoint,
  smoothPath,
} from "@journeykit/core";
import type { ExportText } from "../i18n/export-text.js";
import type { SlideItem, SvgMeta } from "../slides/slide-model.js";
import type { ExportTheme } from "../theme/export-theme.js";
import { drawEmotionLegend } from "./emotion-legend.js";
import type { MapFrame } from "./map-frame.js";
import { paragraph, textAt } from "./map-text.js";
import { pathCommands } from "./path-commands.js";

/** The words of the scale's top, middle and bottom levels. */
const LEVEL_WORDS = { 3: "emotion.delighted", 0: "emotion.neutral", [-3]: "emotion.veryUnhappy" } as const;

const levelWord = (score: number, text: ExportText) =>
  score === 3 || score === 0 || score === -3 ? text.t(LEVEL_WORDS[score]) : undefined;

/** Where the lane's curves go: the picture point of a layout point, the points of the stages shown, the words. */
interface Plot {
  at: (x: number, y: number) => { x: number; y: number };
  shown: <P extends CurvePoint>(points: readonly P[]) => P[];
  frame: MapFrame;
  text: ExportText;
}

/** A curve's point: a circle of layout radius `r`. */
function dot(
  plot: Plot,
  name: string,
  p: CurvePoint,
  paint: { r: number; fill: string; stroke: string; width: number },
  svg: SvgMeta,
): SlideItem {
  const { k } = plot.frame;
  const c = plot.at(p.x, p.y);
  const r = paint.r * k;
  return {
    type: "shape",
    name,
    shape: "ellipse",
    x: c.x - r,
    y: c.y - r,
    w: 2 * r,
    h: 2 * r,
    fill: paint.fill,
    stroke: paint.stroke,
    strokeWidth: paint.width * k,
    svg,
  };
}

/** The scale: a line per level (dashed but for neutral) and its words just above it at the plot's left edge. */
function drawLevels(e: EmotionLaneLayout, theme: ExportTheme, plot: Plot): SlideItem[] {
  const { frame } = plot;
  const { k, type } = frame;
  return e.levels.flatMap((level): SlideItem[] => {
    const y = plot.at(0, level.y).y;
    const word = levelWord(level.score, plot.text);
    const label = `${word ? `${word} ` : ""}${formatEmotionScore(level.score)}`;
    return [
      {
        type: "line",
        name: `Emotion level ${formatEmotionScore(level.score)}`,
        x1: frame.titleRight,
        y1: y,
        x2: frame.right,
        y2: y,
        color: theme.grid,
        width: k,
        ...(level.score === 0 ? {} : { dash: [3 * k, 4 * k] }),
      },
      textAt(`Emotion level: ${label}`, { x: frame.titleRight + 6 * k, baseline: y - 3 * k, w: 100 * k }, [
        paragraph(label, { size: type.axis }, theme.muted),
      ]),
    ];
  });
}

/** Each persona's smooth curve through its points (core's `smoothPath`, as the canvas draws it). */
function drawCurves(e: EmotionLaneLayout, theme: ExportTheme, plot: Plot): SlideItem[] {
  const { k } = plot.frame;
  return e.curves.flatMap((curve): SlideItem[] => {
    const svg = { data: { "persona-id": curve.personaId } };
    const points = plot.shown(curve.points);
    const paint = { r: 5.5, fill: theme.background, stroke: curve.color, width: 3 };
    return [
      {
        type: "path",
        name: `Emotion curve: ${curve.name}`,
        commands: pathCommands(smoothPath(points), plot.at),
        color: curve.color,
        width: 3 * k,
        svg,
      },
      ...points.map((p) => dot(plot, `Emotion: ${curve.name}`, p, paint, svg)),
    ];
  });
}

/** "Claire, measured from 140 responses (survey.csv): Order −2", "measured from…" in core's words. */
function measuredTooltip(
  name: string,
  p: MeasuredCurvePoint,
  layout: JourneyLayout,
  text: ExportText,
): string {
  const core = coreTranslator(text.labels).t;
  const from =
    p.n === undefined
      ? ""
      : `${core("metric.fromResponses", { count: p.n })}${p.source ? ` (${p.source})` : ""}`;
  const stage = layout.stages.find((s) => s.id === p.stageId)?.name ?? p.stageId;
  const measured = core("metric.measured", { detail: from }).trim();
  return text.t("emotion.measuredPoint", { name, measured, stage, score: formatEmotionScore(p.score) });
}

/**
 * Each measured curve (from customer data), dashed and only between neighbouring stages that both
 * were measured (`curveRuns`), its points filled, each with where its score came from as a tooltip.
 */
function drawMeasured(
  layout: JourneyLayout,
  e: EmotionLaneLayout,
  theme: ExportTheme,
  plot: Plot,
): SlideItem[] {
  const { k } = plot.frame;
  const stages = layout.stages.map((s) => s.id);
  return e.measured.flatMap((curve): SlideItem[] => {
    const data = { "persona-id": curve.personaId, evidence: "measured" };
    const points = plot.shown(curve.points);
    const paint = { r: 4, fill: curve.color, stroke: theme.background, width: 1.5 };
    return [
      ...curveRuns(points, stages).map(
        (run): SlideItem => ({
          type: "path",
          name: `Measured curve: ${curve.name}`,
          commands: pathCommands(smoothPath(run), plot.at),
          color: curve.color,
          width: 2.5 * k,
          dash: [7 * k, 5 * k],
          svg: { data },
        }),
      ),
      ...points.map((p) =>
        dot(plot, `Measured: ${curve.name}`, p, paint, {
          data,
          tooltip: measuredTooltip(curve.name, p, layout, plot.text),
        }),
      ),
    ];
  });
}

/**
 * The emotions lane: the scale with its words at the plot's left edge (clear of the legend in the
 * lane-title column), each persona's curve, each measured curve, and the legend; only the stages
 * the picture shows, and only where the picture shows the whole lane (a slide's page may cut it).
 * The scale's and legend's words are `text`'s.
 */
export function drawEmotionLane(
  layout: JourneyLayout,
  theme: ExportTheme,
  frame: MapFrame,
  text: ExportText,
): SlideItem[] {
  const e = layout.emotion;
  const lane = e && layout.lanes.find((l) => l.id === e.laneId);
  const span = lane && frame.span(lane.y, lane.height);
  if (!e || !lane || !span || span.continued || span.h < lane.height * frame.k - 0.5) return [];
  const plot: Plot = {
    at: (x, y) => ({ x: frame.x(x), y: span.y + (y - lane.y) * frame.k }),
    shown: (points) => points.filter((p) => frame.box({ x: p.x, y: p.y, width: 0, height: 0 }, p.stageId)),
    frame,
    text,
  };
  return [
    ...drawLevels(e, theme, plot),
    ...drawCurves(e, theme, plot),
    ...drawMeasured(layout, e, theme, plot),
    ...drawEmotionLegend(e, lane, span.y, theme, frame, text),
  ];
}

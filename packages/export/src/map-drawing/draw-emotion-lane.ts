import {
  type CurvePoint,
  curveRuns,
  formatEmotionScore,
  type JourneyLayout,
  type MeasuredCurvePoint,
  smoothPath,
} from "@journeykit/core";
import type { SlideItem, SvgMeta } from "../slides/slide-model.js";
import type { ExportTheme } from "../theme/export-theme.js";
import { drawEmotionLegend } from "./emotion-legend.js";
import type { MapFrame } from "./map-frame.js";
import { paragraph, textAt } from "./map-text.js";
import { pathCommands } from "./path-commands.js";

const LEVEL_WORDS: Record<number, string> = { 3: "delighted", 0: "neutral", [-3]: "very unhappy" };

/**
 * The emotions lane: the scale (a line per level, dashed but for neutral, its words at the plot's
 * left edge, clear of the legend in the title column), each persona's smooth curve with its points,
 * each measured curve dashed only between neighbouring measured stages (`curveRuns`) with a tooltip
 * per point, and the legend. Only the stages the picture shows.
 */
export function drawEmotionLane(layout: JourneyLayout, theme: ExportTheme, frame: MapFrame): SlideItem[] {
  const e = layout.emotion;
  const lane = e && layout.lanes.find((l) => l.id === e.laneId);
  const span = lane && frame.span(lane.y, lane.height);
  // Drawn only where the whole lane is shown (a slide's page may cut it).
  if (!e || !lane || !span || span.continued || span.h < lane.height * frame.k - 0.5) return [];
  const { k, type } = frame;
  const Y = (py: number) => span.y + (py - lane.y) * k;
  const at = (x: number, y: number) => ({ x: frame.x(x), y: Y(y) });
  const shown = <P extends CurvePoint>(points: readonly P[]) =>
    points.filter((p) => frame.box({ x: p.x, y: p.y, width: 0, height: 0 }, p.stageId));
  const dot = (
    name: string,
    p: CurvePoint,
    r: number,
    fill: string,
    stroke: string,
    width: number,
    svg: SvgMeta,
  ): SlideItem => {
    const c = at(p.x, p.y);
    return {
      type: "shape",
      name,
      shape: "ellipse",
      x: c.x - r * k,
      y: c.y - r * k,
      w: 2 * r * k,
      h: 2 * r * k,
      fill,
      stroke,
      strokeWidth: width * k,
      svg,
    };
  };
  const items: SlideItem[] = [];
  for (const level of e.levels) {
    const y = Y(level.y);
    const word = LEVEL_WORDS[level.score];
    const label = `${word ? `${word} ` : ""}${formatEmotionScore(level.score)}`;
    items.push(
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
    );
  }
  for (const curve of e.curves) {
    const svg = { data: { "persona-id": curve.personaId } };
    const points = shown(curve.points);
    items.push(
      {
        type: "path",
        name: `Emotion curve: ${curve.name}`,
        commands: pathCommands(smoothPath(points), at),
        color: curve.color,
        width: 3 * k,
        svg,
      },
      ...points.map((p) => dot(`Emotion: ${curve.name}`, p, 5.5, theme.background, curve.color, 3, svg)),
    );
  }
  const stages = layout.stages.map((s) => s.id);
  for (const curve of e.measured) {
    const data = { "persona-id": curve.personaId, evidence: "measured" };
    const points = shown(curve.points);
    // Only between neighbouring stages that both were measured (curveRuns).
    for (const run of curveRuns(points, stages))
      items.push({
        type: "path",
        name: `Measured curve: ${curve.name}`,
        commands: pathCommands(smoothPath(run), at),
        color: curve.color,
        width: 2.5 * k,
        dash: [7 * k, 5 * k],
        svg: { data },
      });
    for (const p of points)
      items.push(
        dot(`Measured: ${curve.name}`, p, 4, curve.color, theme.background, 1.5, {
          data,
          tooltip: measuredTooltip(curve.name, p, layout),
        }),
      );
  }
  items.push(...drawEmotionLegend(e, lane, span.y, theme, frame));
  return items;
}

/** "Claire, measured from 140 responses (survey.csv): Order −2". */
function measuredTooltip(name: string, p: MeasuredCurvePoint, layout: JourneyLayout): string {
  const from = p.n === undefined ? "" : ` from ${p.n} responses${p.source ? ` (${p.source})` : ""}`;
  const stage = layout.stages.find((s) => s.id === p.stageId)?.name ?? p.stageId;
  return `${name}, measured${from}: ${stage} ${formatEmotionScore(p.score)}`;
}

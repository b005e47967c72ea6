import type { StageColumn } from "@journeykit/core";
import type { ExportText } from "../i18n/export-text.js";
import type { SlideItem } from "../slides/slide-model.js";
import type { ExportTheme } from "../theme/export-theme.js";
import { drawChips } from "./draw-chips.js";
import { drawMoments } from "./draw-moments.js";
import { drawStageQuotes } from "./draw-stage-quotes.js";
import type { MapFrame } from "./map-frame.js";
import { paragraph, textAt, wrapIn } from "./map-text.js";

/** A stage's name: the layout's two lines on the whole map, wrapped again to a slide's wider column. */
function nameLines(stage: StageColumn, frame: MapFrame, width: number): string[] {
  const number = `${stage.index + 1}. `;
  if (frame.layoutText) return stage.nameLines.map((line, i) => (i === 0 ? `${number}${line}` : line));
  return wrapIn(frame, `${number}${stage.name}`, width, { size: frame.type.stageName, weight: 700 }, 2);
}

/**
 * The stage headers: a filled header per stage with its numbered name (two lines at most), its
 * touchpoint chips, moments of truth and customer quotes, and the column lines from the headers to
 * the lanes' bottom.
 */
export function drawStageHeaders(theme: ExportTheme, frame: MapFrame, text: ExportText): SlideItem[] {
  const { k, type } = frame;
  const items: SlideItem[] = [];
  const column = (name: string, x: number): SlideItem => ({
    type: "line",
    name,
    x1: x,
    y1: frame.headerTop,
    x2: x,
    y2: frame.bottom,
    color: theme.grid,
    width: k,
  });
  for (const stage of frame.stages) {
    const header = frame.box(stage.header, stage.id);
    if (!header) continue;
    const font = { size: type.stageName, weight: 700 };
    items.push(
      {
        type: "shape",
        name: `Stage header: ${stage.name}`,
        shape: "rect",
        ...header,
        fill: theme.headerFill,
      },
      column(`Column line: stage ${stage.index + 1}`, header.x),
      textAt(
        `Stage ${stage.index + 1}: ${stage.name}`,
        { x: header.x + 12 * k, baseline: header.y + 26 * k, w: header.w - 24 * k, pitch: 20 * k },
        nameLines(stage, frame, header.w - 24 * k).map((line) => paragraph(line, font, theme.text)),
      ),
      ...drawChips(stage, theme, frame, text),
      ...drawMoments(stage, theme, frame, text),
      ...drawStageQuotes(stage, theme, frame),
    );
  }
  if (frame.stages.length > 0) items.push(column("Column line: end", frame.right));
  return items;
}

import type { BlueprintLine, JourneyLayout } from "@journeykit/core";
import type { SlideItem } from "../slides/slide-model.js";
import { LINE } from "../slides/slide-text.js";
import type { ExportTheme } from "../theme/export-theme.js";
import type { MapFrame } from "./map-frame.js";
import { type MapFont, paragraph, textAt, wrapIn } from "./map-text.js";

/** Where a blueprint line and its label go in a picture. */
export interface BlueprintLabel {
  /** Picture y of the line. */
  y: number;
  lines: string[];
  font: MapFont;
  /** Baseline of the label's first line. */
  baseline: number;
  /**
   * The label sits under the line when there is no lane above it in the picture (a slide that
   * starts at this line); the lane's title then moves down by `height`.
   */
  below: boolean;
  height: number;
}

/**
 * A blueprint line's place and label: in the lane-title column just above the line, as on the
 * canvas (clear of the cards), or just under it when nothing of the lane above is shown.
 */
export function blueprintLabel(line: BlueprintLine, frame: MapFrame): BlueprintLabel | undefined {
  const at = frame.box({ x: line.x1, y: line.y, width: line.x2 - line.x1, height: 0 });
  if (!at) return undefined;
  const { k, type } = frame;
  const font = { size: type.blueprint, weight: 600 };
  const lines = wrapIn(frame, line.label, frame.titleRight - frame.left - 14 * k, font, 2);
  const pitch = font.size * LINE;
  const above = at.y - 5 * k - (lines.length - 1) * pitch;
  const below = above - font.size < frame.lanesTop;
  return {
    y: at.y,
    lines,
    font,
    baseline: below ? at.y + 2 * k + font.size * 0.95 : above,
    below,
    height: lines.length * pitch + 2 * k,
  };
}

/** The service-blueprint lines across the lanes (dashed), each with its label ("Line of visibility"). */
export function drawBlueprintLines(layout: JourneyLayout, theme: ExportTheme, frame: MapFrame): SlideItem[] {
  const { k } = frame;
  return layout.blueprintLines.flatMap((line): SlideItem[] => {
    const label = blueprintLabel(line, frame);
    if (!label) return [];
    const x1 = frame.x(line.x1);
    return [
      {
        type: "line",
        name: line.label,
        x1,
        y1: label.y,
        x2: frame.x(line.x2),
        y2: label.y,
        color: theme.muted,
        width: 2 * k,
        dash: [8 * k, 5 * k],
      },
      textAt(
        `${line.label} (label)`,
        { x: x1 + 10 * k, baseline: label.baseline, w: frame.titleRight - x1 - 14 * k },
        label.lines.map((text) => paragraph(text, label.font, theme.muted)),
      ),
    ];
  });
}

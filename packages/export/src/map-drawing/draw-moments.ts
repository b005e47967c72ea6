import type { StageColumn } from "@journeykit/core";
import type { ExportText } from "../i18n/export-text.js";
import type { SlideItem } from "../slides/slide-model.js";
import type { ExportTheme } from "../theme/export-theme.js";
import type { MapFrame } from "./map-frame.js";
import { paragraph, textAt, wrapIn } from "./map-text.js";
import { momentKind } from "./moment-words.js";

/** A moment label's second line adds this (core's `MOMENT_LABEL_LINE`), in layout pixels. */
const MOMENT_LABEL_LINE = 13;

/**
 * A stage's moments of truth: a circle each in its outcome's colour with its kind's letter (★ for a
 * custom one), its description as the SVG tooltip, and the title beside a stage's only moment (in
 * the layout's lines).
 */
export function drawMoments(
  stage: StageColumn,
  theme: ExportTheme,
  frame: MapFrame,
  text: ExportText,
): SlideItem[] {
  const { k, type } = frame;
  const items: SlideItem[] = [];
  const font = { size: type.moment, weight: 700 };
  // Never smaller than its letter needs.
  const radius = (r: number) => Math.max(r * k, type.moment * 0.75);
  for (const m of stage.moments) {
    const cx = frame.x(m.cx);
    const cy = frame.y(m.cy);
    if (cy === undefined) continue;
    const r = radius(m.radius);
    items.push({
      type: "text",
      name: `Moment of truth: ${m.title}`,
      x: cx - r,
      y: cy - r,
      w: 2 * r,
      h: 2 * r,
      padding: 0,
      shape: "ellipse",
      fill: theme.outcome[m.outcome ?? "none"],
      stroke: theme.background,
      strokeWidth: 2 * k,
      align: "center",
      valign: "middle",
      paragraphs: [paragraph(m.kind === "custom" ? "★" : m.kind[0]!, font, "#ffffff")],
      svg: {
        data: { "moment-id": m.id },
        tooltip: text.t("moment.tooltip", { kind: momentKind(m.kind, text), title: m.title }),
      },
    });
  }
  // The title beside a stage's only moment, in the layout's place and lines (two at most).
  const label = stage.momentLabel;
  const middle = stage.moments.length === 1 ? frame.y(stage.moments[0]!.cy) : undefined;
  if (label && middle !== undefined) {
    const x = frame.x(label.x);
    const w = frame.x(label.x + label.width) - x;
    const labelFont = { size: type.momentLabel };
    const lines = frame.layoutText ? label.lines : wrapIn(frame, stage.moments[0]!.title, w, labelFont, 2);
    const pitch = MOMENT_LABEL_LINE * k;
    if (w > 0)
      items.push(
        textAt(
          `Moment label: ${stage.moments[0]!.title}`,
          { x, baseline: middle + 4 * k - ((lines.length - 1) * pitch) / 2, w, pitch },
          lines.map((line) => paragraph(line, labelFont, theme.muted)),
        ),
      );
  }
  return items;
}

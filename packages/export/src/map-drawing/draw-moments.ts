import type { StageColumn } from "@journeykit/core";
import type { SlideItem } from "../slides/slide-model.js";
import type { ExportTheme } from "../theme/export-theme.js";
import type { MapFrame } from "./map-frame.js";
import { fitIn, paragraph, textAt } from "./map-text.js";

/**
 * A stage's moments of truth: a circle each in its outcome's colour with its kind's letter (★ for a
 * custom one), its description as the SVG tooltip, and the title beside a stage's only moment.
 */
export function drawMoments(stage: StageColumn, theme: ExportTheme, frame: MapFrame): SlideItem[] {
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
      svg: { data: { "moment-id": m.id }, tooltip: `${m.kind} moment of truth: ${m.title}` },
    });
  }
  const only = stage.moments.length === 1 ? stage.moments[0]! : undefined;
  const cy = only && frame.y(only.cy);
  if (only && cy !== undefined) {
    const x = frame.x(only.cx) + radius(only.radius) + 6 * k;
    const w = frame.x(stage.x + stage.width) - 8 * k - x;
    const labelFont = { size: type.momentLabel };
    if (w > 0)
      items.push(
        textAt(`Moment label: ${only.title}`, { x, baseline: cy + 4 * k, w }, [
          paragraph(fitIn(frame, only.title, w, labelFont), labelFont, theme.muted),
        ]),
      );
  }
  return items;
}

import type { JourneyLayout, MetricBadge } from "@journeykit/core";
import type { SlideItem, SvgMeta } from "../slides/slide-model.js";
import { LINE } from "../slides/slide-text.js";
import type { ExportTheme } from "../theme/export-theme.js";
import type { MapFrame } from "./map-frame.js";
import { fitIn, paragraph, textAt } from "./map-text.js";

/** Room a measured badge keeps for its mark (core's `MEASURED_MARK_WIDTH`, in layout pixels). */
const MARK = 16;

/**
 * One badge as the canvas draws it: a rounded box (red when below target), a filled dot marking a
 * measured metric, its text from core's label functions (the layout's, shortened only when a slide's
 * type does not fit it) and the trend beside it when that fits; the full description is its tooltip.
 */
function drawBadge(m: MetricBadge, theme: ExportTheme, frame: MapFrame): SlideItem[] {
  const at = frame.box(m, m.stageId);
  if (!at) return [];
  const { k, type } = frame;
  const font = { size: type.metric, weight: 600 };
  const box = { ...at, h: Math.max(at.h, font.size * LINE + 4 * k) };
  const middle = box.y + box.h / 2;
  const color = m.belowTarget ? theme.warning : theme.text;
  const svg: SvgMeta = { data: { "metric-id": m.id }, tooltip: m.fullText };
  const textX = box.x + 8 * k + (m.measured ? MARK * k : 0);
  const room = box.x + box.w - 8 * k - textX;
  const text = frame.layoutText ? m.text : fitIn(frame, m.text, room, font);
  const items: SlideItem[] = [
    {
      type: "shape",
      name: `Metric badge: ${m.fullText}`,
      shape: "roundRect",
      ...box,
      radius: 5 * k,
      fill: theme.background,
      stroke: m.belowTarget ? theme.warning : theme.grid,
      strokeWidth: k,
      svg,
    },
  ];
  if (m.measured)
    items.push({
      type: "shape",
      name: `Measured: ${m.fullText}`,
      shape: "ellipse",
      x: box.x + 9 * k,
      y: middle - 4 * k,
      w: 8 * k,
      h: 8 * k,
      fill: color,
      svg,
    });
  items.push(
    textAt(
      `Metric: ${m.fullText}`,
      { x: textX, baseline: middle + 4 * k, w: room },
      [paragraph(text, font, color)],
      {
        svg,
      },
    ),
  );
  const trendX = textX + frame.measure(`${text} `, font);
  if (m.trend && m.showTrend && trendX + frame.measure(m.trend.text, font) <= box.x + box.w - 4 * k)
    items.push(
      textAt(
        `Metric trend: ${m.trend.text}`,
        { x: trendX, baseline: middle + 4 * k, w: box.x + box.w - trendX },
        [paragraph(m.trend.text, font, theme.muted)],
        { svg },
      ),
    );
  return items;
}

/**
 * The metrics as the canvas draws them: the whole-journey strip with its title, every badge (in a
 * stage header's list, under its touchpoint, in the metrics lane, in the strip) and each "+N more".
 */
export function drawMetrics(layout: JourneyLayout, theme: ExportTheme, frame: MapFrame): SlideItem[] {
  const { k, type } = frame;
  const items: SlideItem[] = [];
  const strip = layout.journeyStrip && frame.box(layout.journeyStrip);
  if (layout.journeyStrip && strip) {
    const font = { size: type.stripTitle, weight: 700 };
    items.push(
      { type: "shape", name: "Whole journey", shape: "rect", ...strip, fill: theme.headerFill },
      textAt(
        `Whole journey: ${layout.journeyStrip.title}`,
        {
          x: strip.x + 12 * k,
          baseline: strip.y + strip.h / 2 + 4 * k,
          w: frame.titleRight - strip.x - 16 * k,
        },
        [paragraph(layout.journeyStrip.title, font, theme.text)],
      ),
    );
  }
  for (const m of layout.metrics) items.push(...drawBadge(m, theme, frame));
  const font = { size: type.metric, weight: 600 };
  for (const more of layout.metricMore) {
    const box = frame.box(more, more.stageId);
    if (!box) continue;
    const h = Math.max(box.h, font.size * LINE + 4 * k);
    items.push(
      textAt(
        `Metric: ${more.text}`,
        {
          x: box.x + 8 * k,
          baseline: box.y + h / 2 + 4 * k,
          w: Math.max(box.w, frame.measure(more.text, font) + 8 * k),
        },
        [paragraph(more.text, font, theme.muted)],
      ),
    );
  }
  return items;
}

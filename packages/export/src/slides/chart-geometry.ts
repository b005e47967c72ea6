import type { SlideChart } from "./slide-model.js";
import { fit, LINE, measure, TYPE } from "./slide-text.js";

/** Where a drawn chart (SVG, PDF) puts its parts, in points; PPTX draws a native chart instead. */
export interface ChartGeometry {
  plot: { x: number; y: number; w: number; h: number };
  title: { x: number; y: number; text: string };
  levels: { y: number; label: string; zero: boolean }[];
  categories: { x: number; y: number; label: string }[];
  series: { name: string; color: string; dashed: boolean; points: ({ x: number; y: number } | null)[] }[];
  legend: { x: number; y: number; name: string; color: string; dashed: boolean }[];
}

/**
 * The layout of a line chart: the level axis on the left, category labels under the plot (stage
 * numbers only when the names do not fit), the legend above it; every label at least 10 pt.
 */
export function chartGeometry(chart: SlideChart): ChartGeometry {
  const labelW = Math.max(...chart.levelLabels.map((l) => measure(l, TYPE.small))) + 8;
  const titleH = TYPE.body * LINE + 4;
  const legendH = TYPE.body * LINE + 6;
  const categoryH = TYPE.small * LINE * 2 + 6;
  const plot = {
    x: chart.x + labelW,
    y: chart.y + titleH + legendH,
    w: chart.w - labelW - 8,
    h: chart.h - titleH - legendH - categoryH,
  };
  const count = chart.categories.length;
  const step = count > 0 ? plot.w / count : plot.w;
  const xAt = (i: number) => plot.x + step * (i + 0.5);
  const yAt = (v: number) => plot.y + plot.h * (1 - (v - chart.min) / (chart.max - chart.min));
  const names = chart.categories.every(
    (c) => measure(fit(c, step - 4, TYPE.small), TYPE.small) > 0 && step >= 60,
  );
  const levels = chart.levelLabels.map((label, i) => ({
    y: yAt(chart.min + i),
    label,
    zero: chart.min + i === 0,
  }));
  const legend: ChartGeometry["legend"] = [];
  let lx = plot.x;
  for (const s of chart.series) {
    const w = 24 + measure(s.name, TYPE.body) + 16;
    if (lx + w > chart.x + chart.w) break;
    legend.push({ x: lx, y: chart.y + titleH, name: s.name, color: s.color, dashed: s.dashed === true });
    lx += w;
  }
  return {
    plot,
    title: { x: chart.x, y: chart.y, text: fit(chart.title, chart.w, TYPE.body) },
    levels,
    categories: chart.categories.map((c, i) => ({
      x: xAt(i),
      y: plot.y + plot.h + 4,
      label: names ? fit(c, step - 4, TYPE.small) : String(i + 1),
    })),
    series: chart.series.map((s) => ({
      name: s.name,
      color: s.color,
      dashed: s.dashed === true,
      points: s.values.map((v, i) => (v === null ? null : { x: xAt(i), y: yAt(v) })),
    })),
    legend,
  };
}

import { chartGeometry } from "../slides/chart-geometry.js";
import type { SlideChart } from "../slides/slide-model.js";
import { TYPE } from "../slides/slide-text.js";
import type { ExportTheme } from "../theme/export-theme.js";
import { escapeXml } from "./escape-xml.js";
import { attrs, n } from "./svg-attributes.js";

const label = (x: number, y: number, size: number, fill: string, text: string, anchor?: string) =>
  `<text${attrs([
    ["x", x],
    ["y", y],
    ["font-size", size],
    ["text-anchor", anchor],
    ["fill", fill],
  ])}>${escapeXml(text)}</text>`;

/** A line chart (the emotion curve) drawn as SVG from `chartGeometry`, as the PDF draws it. */
export function chartSvg(item: SlideChart, theme: ExportTheme): string {
  const g = chartGeometry(item);
  let out = label(g.title.x, g.title.y + TYPE.body, TYPE.body, theme.muted, g.title.text);
  for (const level of g.levels) {
    out += `<line${attrs([
      ["x1", g.plot.x],
      ["y1", level.y],
      ["x2", g.plot.x + g.plot.w],
      ["y2", level.y],
      ["stroke", level.zero ? theme.muted : theme.grid],
      ["stroke-width", level.zero ? 1 : 0.75],
    ])}/>`;
    out += label(g.plot.x - 6, level.y + TYPE.small * 0.35, TYPE.small, theme.muted, level.label, "end");
  }
  for (const c of g.categories)
    out += label(c.x, c.y + TYPE.small, TYPE.small, theme.text, c.label, "middle");
  for (const s of g.series) {
    const runs: string[][] = [[]];
    for (const p of s.points) {
      if (p) runs.at(-1)!.push(`${n(p.x)},${n(p.y)}`);
      else if (runs.at(-1)!.length > 0) runs.push([]);
    }
    for (const run of runs)
      if (run.length > 0)
        out += `<polyline${attrs([
          ["points", run.join(" ")],
          ["fill", "none"],
          ["stroke", s.color],
          ["stroke-width", 2.5],
          ["stroke-linejoin", "round"],
          ["stroke-dasharray", s.dashed ? "6 4" : undefined],
        ])}/>`;
    for (const p of s.points)
      if (p)
        out += `<circle${attrs([
          ["cx", p.x],
          ["cy", p.y],
          ["r", 4],
          ["fill", theme.background],
          ["stroke", s.color],
          ["stroke-width", 2],
        ])}/>`;
  }
  for (const l of g.legend) {
    out += `<line${attrs([
      ["x1", l.x],
      ["y1", l.y + 8],
      ["x2", l.x + 18],
      ["y2", l.y + 8],
      ["stroke", l.color],
      ["stroke-width", 3],
      ["stroke-dasharray", l.dashed ? "4 3" : undefined],
    ])}/>`;
    out += label(l.x + 24, l.y + 12, TYPE.body, theme.text, l.name);
  }
  return out;
}

import { type JourneyLayout, MEASURED_MARK_WIDTH, METRIC_FONT, type TextMeasurer } from "@journeykit/core";
import type { ExportTheme } from "../theme/export-theme.js";
import { escapeXml } from "./escape-xml.js";

const FONT = { "font-size": 11, "font-weight": 600 } as const;

/** One SVG element with its attributes (numbers rounded to a tenth). */
function el(name: string, a: Record<string, string | number>, body?: string): string {
  const list = Object.entries(a)
    .map(([k, v]) => ` ${k}="${typeof v === "number" ? Math.round(v * 10) / 10 : escapeXml(v)}"`)
    .join("");
  return body === undefined ? `<${name}${list}/>` : `<${name}${list}>${body}</${name}>`;
}

/**
 * The metrics as the canvas draws them: the whole-journey strip with its title, every badge (its
 * text from core's label functions, the trend beside it when it fits, a filled dot marking a measured
 * one, the full description as its `<title>`) and each "+N more".
 */
export function renderMetricsSvg(layout: JourneyLayout, theme: ExportTheme, measure: TextMeasurer): string[] {
  const out: string[] = [];
  const strip = layout.journeyStrip;
  if (strip) {
    out.push(
      el("rect", {
        x: strip.x,
        y: strip.y,
        width: strip.width,
        height: strip.height,
        fill: theme.headerFill,
      }),
      el(
        "text",
        {
          x: strip.x + 12,
          y: strip.y + strip.height / 2 + 4,
          "font-size": 12,
          "font-weight": 700,
          fill: theme.text,
        },
        escapeXml(strip.title),
      ),
    );
  }
  for (const m of layout.metrics) {
    const color = m.belowTarget ? theme.warning : theme.text;
    const textX = m.x + 8 + (m.measured ? MEASURED_MARK_WIDTH : 0);
    const baseline = m.y + m.height / 2 + 4;
    const parts = [
      el("title", {}, escapeXml(m.fullText)),
      el("rect", {
        x: m.x,
        y: m.y,
        width: m.width,
        height: m.height,
        rx: 5,
        fill: theme.background,
        stroke: m.belowTarget ? theme.warning : theme.grid,
      }),
      m.measured ? el("circle", { cx: m.x + 8 + 5, cy: m.y + m.height / 2, r: 4, fill: color }) : "",
      el("text", { x: textX, y: baseline, ...FONT, fill: color }, escapeXml(m.text)),
      m.trend && m.showTrend
        ? el(
            "text",
            { x: textX + measure(`${m.text} `, METRIC_FONT), y: baseline, ...FONT, fill: theme.muted },
            escapeXml(m.trend.text),
          )
        : "",
    ];
    out.push(el("g", { "data-metric-id": m.id }, parts.join("")));
  }
  for (const more of layout.metricMore)
    out.push(
      el(
        "text",
        { x: more.x + 8, y: more.y + more.height / 2 + 4, ...FONT, fill: theme.muted },
        escapeXml(more.text),
      ),
    );
  return out;
}

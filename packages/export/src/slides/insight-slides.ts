import {
  formatMetricValue,
  type JourneyMap,
  metricFigure,
  metricOwner,
  metricProvenance,
  metricTrend,
  momentsAtRisk,
} from "@journeykit/core";
import type { ExportTheme } from "../theme/export-theme.js";
import { CONTENT_TOP, MARGIN, slideTitle, textItem } from "./slide-frame.js";
import type { Slide, SlideItem, SlideTableCell } from "./slide-model.js";
import { LINE, TYPE, wrap } from "./slide-text.js";

const CELL_PAD = 4;
const rowHeight = (cells: SlideTableCell[]) =>
  Math.max(...cells.map((c) => c.lines.length)) * TYPE.body * LINE + 2 * CELL_PAD;

interface Section {
  heading: string;
  columns: { label: string; share: number }[];
  rows: { text: string; color?: string }[][];
  empty: string;
}

/**
 * The moments of truth at risk (worst first, with why) and every metric (where, figure, trend,
 * target, measured from what or typed) as native tables; rows that do not fit continue on the next slide under the
 * repeated header row.
 */
export function insightSlides(
  map: JourneyMap,
  page: { width: number; height: number },
  theme: ExportTheme,
): Slide[] {
  const stageName = (id: string | undefined) => {
    const i = map.stages.findIndex((s) => s.id === id);
    return i < 0 ? "Whole journey" : `${i + 1}. ${map.stages[i]!.name}`;
  };
  const sections: Section[] = [
    {
      heading: "Moments of truth at risk",
      columns: [
        { label: "Moment of truth", share: 0.3 },
        { label: "Stage", share: 0.2 },
        { label: "Kind", share: 0.1 },
        { label: "Importance", share: 0.12 },
        { label: "Why", share: 0.28 },
      ],
      rows: momentsAtRisk(map).map((r) => [
        { text: r.moment.title },
        { text: stageName(r.moment.stageId) },
        { text: r.moment.kind },
        { text: `${r.moment.importance}/5` },
        { text: r.reasons.join("; "), color: theme.warning },
      ]),
      empty: "No important moment is failing or negative.",
    },
    {
      heading: "Metrics",
      columns: [
        { label: "Where", share: 0.22 },
        { label: "Metric", share: 0.3 },
        { label: "Trend", share: 0.1 },
        { label: "Target", share: 0.1 },
        { label: "From", share: 0.28 },
      ],
      rows: map.metrics.map((m) => {
        const below = m.target !== undefined && m.value < m.target;
        const options = { locale: map.locale };
        const owner = metricOwner(map, m);
        const stage = owner.kind === "journey" ? owner.name : stageName(owner.stageId);
        return [
          { text: owner.kind === "touchpoint" ? `${stage} · ${owner.name}` : stage },
          { text: metricFigure(m, options), ...(below ? { color: theme.warning } : {}) },
          { text: metricTrend(m, options)?.text ?? "" },
          {
            text: m.target === undefined ? "" : formatMetricValue({ kind: m.kind, value: m.target }, options),
          },
          { text: metricProvenance(map, m, options).detail },
        ];
      }),
      empty: "No metrics yet.",
    },
  ];
  const inner = page.width - 2 * MARGIN;
  const bottom = page.height - MARGIN;
  const slides: { items: SlideItem[]; notes: string[] }[] = [];
  let current: { items: SlideItem[]; notes: string[] } | undefined;
  let y = 0;
  const newSlide = () => {
    current = { items: [], notes: [] };
    slides.push(current);
    y = CONTENT_TOP;
  };
  newSlide();
  for (const section of sections) {
    const widths = section.columns.map((c) => c.share * inner);
    const cell = (text: string, i: number, color = theme.text, bold = false): SlideTableCell => ({
      lines: wrap(text, widths[i]! - 2 * CELL_PAD, TYPE.body, bold, 2),
      color,
      ...(bold ? { bold, fill: theme.headerFill } : {}),
    });
    const header = section.columns.map((c, i) => cell(c.label, i, theme.text, true));
    const body =
      section.rows.length > 0
        ? section.rows.map((row) => row.map((c, i) => cell(c.text, i, c.color ?? theme.text)))
        : [section.columns.map((_, i) => cell(i === 0 ? section.empty : "", i, theme.muted))];
    let rowIndex = 0;
    let part = 0;
    while (rowIndex < body.length) {
      const headingH = TYPE.heading * LINE + 4;
      if (y + headingH + rowHeight(header) + rowHeight(body[rowIndex]!) > bottom) newSlide();
      const rows = [header];
      let h = y + headingH + rowHeight(header);
      while (rowIndex < body.length && h + rowHeight(body[rowIndex]!) <= bottom) {
        h += rowHeight(body[rowIndex]!);
        rows.push(body[rowIndex++]!);
      }
      if (rows.length === 1) rows.push(body[rowIndex++]!); // a row taller than a slide still shows
      const heading = `${section.heading}${part > 0 ? " (continued)" : ""}`;
      current!.items.push(
        textItem(`Heading: ${heading}`, { x: MARGIN, y, w: inner }, [
          { text: heading, size: TYPE.heading, bold: true, color: theme.text },
        ]),
        {
          type: "table",
          name: `Table: ${section.heading}`,
          x: MARGIN,
          y: y + headingH,
          colWidths: widths,
          rowHeights: rows.map(rowHeight),
          rows,
          size: TYPE.body,
          border: theme.grid,
        },
      );
      current!.notes.push(
        ...rows.slice(1).map((r) =>
          r
            .map((c) => c.lines.join(" "))
            .filter(Boolean)
            .join(" – "),
        ),
      );
      y += headingH + rows.reduce((sum, r) => sum + rowHeight(r), 0) + 16;
      part++;
    }
  }
  return slides.map((s, i) => {
    const title = `Moments at risk and metrics${slides.length > 1 ? ` (${i + 1}/${slides.length})` : ""}`;
    return {
      kind: "insights" as const,
      title,
      notes: s.notes.join("\n"),
      items: [...slideTitle(page.width, theme, title), ...s.items],
    };
  });
}

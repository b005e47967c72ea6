import {
  approximateTextWidth,
  fitLine,
  formatEmotionScore,
  type JourneyLayout,
  type JourneyMap,
  layoutJourneyMap,
} from "@journeykit/core";
import type PptxGenJS from "pptxgenjs";
import { lightTheme, type SvgTheme } from "../svg/svg-theme.js";
import { pptColor, pptText, SLIDE } from "./pptx-geometry.js";

const MARGIN = 0.35;
const TITLE_H = 0.55;

/** Split stage indexes into slides of at most `perSlide` stages. */
export function stageChunks(count: number, perSlide: number): number[][] {
  const chunks: number[][] = [];
  for (let i = 0; i < count; i += perSlide)
    chunks.push(Array.from({ length: Math.min(perSlide, count - i) }, (_, j) => i + j));
  return chunks.length ? chunks : [[]];
}

/**
 * The map as native shapes, from the same layout as the editor: one slide per group of stages
 * ("Map (2/3)"), lane titles repeated on each; cards are rounded rectangles with the text lines the
 * layout wrapped (so a long card is cut where the editor cuts it); the
 * emotion curves are line segments with point markers; moments of truth are coloured circles.
 */
export function addMapSlides(
  pptx: PptxGenJS,
  map: JourneyMap,
  perSlide: number,
  theme: SvgTheme = lightTheme,
): number {
  const layout: JourneyLayout = layoutJourneyMap(map, { title: false });
  const chunks = stageChunks(layout.stages.length, perSlide);
  const shapes = pptx.ShapeType;
  chunks.forEach((indexes, n) => {
    const slide = pptx.addSlide();
    slide.background = { color: pptColor(theme.background) };
    slide.addText(
      pptText(chunks.length > 1 ? `${map.title}: map (${n + 1}/${chunks.length})` : `${map.title}: map`),
      {
        x: MARGIN,
        y: 0.15,
        w: SLIDE.width - 2 * MARGIN,
        h: 0.45,
        fontSize: 20,
        bold: true,
        color: pptColor(theme.text),
        fontFace: "Arial",
      },
    );
    const columns = indexes.map((i) => layout.stages[i]!);
    const left = layout.options.padding;
    const top = layout.headerRow.y;
    const right = columns.length ? columns.at(-1)!.x + columns.at(-1)!.width : left + layout.laneHeaderWidth;
    const shift = columns.length ? columns[0]!.x - (left + layout.laneHeaderWidth) : 0;
    const bottom = layout.height - layout.options.padding;
    const k = Math.min(
      (SLIDE.width - 2 * MARGIN) / (right - shift - left),
      (SLIDE.height - TITLE_H - 0.5) / (bottom - top),
    );
    const X = (px: number) => MARGIN + (px - left) * k;
    const Xs = (px: number) => X(px - shift);
    const Y = (py: number) => TITLE_H + 0.15 + (py - top) * k;
    const pt = (px: number) => Math.max(6, Math.round(px * k * 72 * 10) / 10);

    for (const [i, lane] of layout.lanes.entries()) {
      slide.addShape(shapes.rect, {
        x: X(left),
        y: Y(lane.y),
        w: (right - shift - left) * k,
        h: lane.height * k,
        fill: { color: pptColor(i % 2 ? theme.laneAltFill : theme.laneFill) },
        line: { color: pptColor(theme.grid), width: 0.5 },
      });
      slide.addText(pptText(lane.title), {
        x: X(left) + 0.05,
        y: Y(lane.y) + 0.03,
        w: layout.laneHeaderWidth * k - 0.1,
        h: 0.3,
        fontSize: pt(13),
        bold: true,
        color: pptColor(theme.text),
        fontFace: "Arial",
        valign: "top",
      });
    }
    for (const column of columns) {
      slide.addText(pptText(`${column.index + 1}. ${column.nameLines.join(" ")}`), {
        shape: shapes.rect,
        x: Xs(column.x),
        y: Y(column.header.y),
        w: column.width * k,
        h: column.header.height * k,
        fill: { color: pptColor(theme.headerFill) },
        line: { color: pptColor(theme.grid), width: 0.5 },
        fontSize: pt(15),
        bold: true,
        color: pptColor(theme.text),
        fontFace: "Arial",
        valign: "top",
        margin: 4,
      });
      for (const chip of column.touchpoints) {
        slide.addText(pptText(chip.name), {
          shape: shapes.roundRect,
          rectRadius: 0.5,
          x: Xs(chip.x),
          y: Y(chip.y),
          w: chip.width * k,
          h: chip.height * k,
          fill: { color: pptColor(theme.chipFill) },
          fontSize: pt(11),
          color: pptColor(theme.text),
          fontFace: "Arial",
          margin: 1,
        });
      }
      for (const m of column.moments) {
        const r = m.radius * k;
        slide.addText(m.kind === "custom" ? "★" : m.kind[0]!, {
          shape: shapes.ellipse,
          x: Xs(m.cx) - r,
          y: Y(m.cy) - r,
          w: 2 * r,
          h: 2 * r,
          fill: { color: pptColor(theme.outcome[m.outcome ?? "none"]) },
          fontSize: pt(10),
          bold: true,
          color: "FFFFFF",
          align: "center",
          valign: "middle",
          margin: 0,
        });
        const labelWidth = Math.max(0.5, column.width * k - 2 * r - 0.1);
        const label = fitLine(`${m.kind}: ${m.title}`, labelWidth / k, approximateTextWidth, { size: 11 });
        slide.addText(pptText(label), {
          x: Xs(m.cx) + r + 0.03,
          y: Y(m.cy) - 0.1,
          w: labelWidth,
          h: 0.2,
          fontSize: pt(11),
          color: pptColor(theme.muted),
          fontFace: "Arial",
          margin: 0,
        });
      }
    }
    const inChunk = new Set(columns.map((c) => c.id));
    for (const metric of layout.metrics.filter((m) => m.stageId !== undefined && inChunk.has(m.stageId))) {
      slide.addText(pptText(`${metric.label} ${metric.value}`), {
        shape: shapes.roundRect,
        rectRadius: 0.2,
        x: Xs(metric.x),
        y: Y(metric.y),
        w: metric.width * k,
        h: metric.height * k,
        fill: { color: pptColor(theme.background) },
        line: { color: pptColor(metric.belowTarget ? theme.warning : theme.grid), width: 0.75 },
        fontSize: pt(11),
        bold: true,
        color: pptColor(metric.belowTarget ? theme.warning : theme.text),
        fontFace: "Arial",
        margin: 1,
      });
    }
    for (const tp of layout.touchpoints.filter((b) => inChunk.has(b.stageId))) {
      slide.addText(pptText(`${tp.label} · ${tp.channelLabel}`), {
        shape: shapes.roundRect,
        rectRadius: 0.3,
        x: Xs(tp.x),
        y: Y(tp.y),
        w: tp.width * k,
        h: tp.height * k,
        fill: { color: pptColor(theme.chipFill) },
        line: { color: pptColor(theme.grid), width: 0.5 },
        fontSize: pt(12),
        bold: true,
        color: pptColor(theme.text),
        fontFace: "Arial",
        margin: 2,
      });
    }
    const cards = new Map(map.cards.map((c) => [c.id, c]));
    for (const box of layout.cards.filter((b) => inChunk.has(b.stageId))) {
      const card = cards.get(box.id)!;
      const badges = [
        card.severity && `Severity ${card.severity}/5`,
        card.impact && `Impact ${card.impact}`,
        card.effort && `Effort ${card.effort}`,
        card.votes && `● ${card.votes}`,
      ]
        .filter(Boolean)
        .join(" · ");
      slide.addText(
        [
          // The lines the layout wrapped (at most CARD_MAX_LINES, "…" when cut), as in every output.
          ...box.lines.map((line, i) => ({
            text: pptText(line),
            options: {
              fontSize: pt(13),
              color: pptColor(theme.text),
              breakLine: i < box.lines.length - 1 || Boolean(badges),
            },
          })),
          ...(badges
            ? [{ text: badges, options: { fontSize: pt(10.5), bold: true, color: pptColor(theme.muted) } }]
            : []),
        ],
        {
          shape: shapes.roundRect,
          rectRadius: 0.08,
          x: Xs(box.x),
          y: Y(box.y),
          w: box.width * k,
          h: box.height * k,
          fill: { color: pptColor(card.color ?? theme.cards[box.kind] ?? theme.cards.default) },
          line: { color: "D9DDE3", width: 0.5 },
          fontFace: "Arial",
          valign: "top",
          margin: 3,
          fit: "shrink",
        },
      );
    }
    if (layout.emotion) {
      for (const level of layout.emotion.levels) {
        slide.addText(formatEmotionScore(level.score), {
          x: Xs(columns[0]?.x ?? left) - 0.32,
          y: Y(level.y) - 0.08,
          w: 0.28,
          h: 0.16,
          fontSize: pt(10),
          color: pptColor(theme.muted),
          align: "right",
          margin: 0,
        });
      }
      for (const curve of layout.emotion.curves) {
        const points = curve.points.filter((p) => inChunk.has(p.stageId));
        points.slice(1).forEach((p, i) => {
          const a = points[i]!;
          slide.addShape(shapes.line, {
            x: Xs(a.x),
            y: Y(Math.min(a.y, p.y)),
            w: (p.x - a.x) * k,
            h: Math.abs(p.y - a.y) * k,
            flipV: p.y < a.y,
            line: { color: pptColor(curve.color), width: 2.5 },
          });
        });
        for (const p of points) {
          slide.addShape(shapes.ellipse, {
            x: Xs(p.x) - 0.06,
            y: Y(p.y) - 0.06,
            w: 0.12,
            h: 0.12,
            fill: { color: "FFFFFF" },
            line: { color: pptColor(curve.color), width: 2 },
          });
        }
      }
      layout.emotion.curves.forEach((curve, i) => {
        slide.addText(pptText(curve.name), {
          x: X(left) + 0.05,
          y: Y(layout.emotion!.top) + 0.35 + i * 0.2,
          w: layout.laneHeaderWidth * k - 0.1,
          h: 0.18,
          fontSize: pt(11),
          color: pptColor(curve.color),
          bold: true,
          margin: 0,
        });
      });
    }
  });
  return chunks.length;
}

import { chartGeometry } from "../slides/chart-geometry.js";
import type { Slide, SlideDeck, SlideItem, SlideText } from "../slides/slide-model.js";
import { LINE, TYPE } from "../slides/slide-text.js";
import { escapeXml } from "./escape-xml.js";

const n = (v: number) => String(Math.round(v * 100) / 100);

function shapeSvg(
  shape: "rect" | "roundRect" | "ellipse",
  x: number,
  y: number,
  w: number,
  h: number,
  paint: string,
): string {
  if (shape === "ellipse")
    return `<ellipse cx="${n(x + w / 2)}" cy="${n(y + h / 2)}" rx="${n(w / 2)}" ry="${n(h / 2)}"${paint}/>`;
  const r = shape === "roundRect" ? ` rx="${n(Math.min(6, h / 4))}"` : "";
  return `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}"${r}${paint}/>`;
}

const paint = (fill?: string, stroke?: string, width = 1) =>
  ` fill="${escapeXml(fill ?? "none")}"${stroke ? ` stroke="${escapeXml(stroke)}" stroke-width="${n(width)}"` : ""}`;

/** Baselines of a text item's paragraphs: each line box is `size × LINE` tall, the glyphs centred in it. */
export function paragraphBaselines(item: SlideText): number[] {
  const total = item.paragraphs.reduce((h, p) => h + p.size * LINE, 0);
  let y = item.valign === "middle" ? item.y + (item.h - total) / 2 : item.y + item.padding;
  return item.paragraphs.map((p) => {
    const baseline = y + p.size * ((LINE - 1) / 2 + 0.8);
    y += p.size * LINE;
    return baseline;
  });
}

function textSvg(item: SlideText): string {
  let out = "";
  if (item.shape && (item.fill || item.stroke))
    out += shapeSvg(
      item.shape,
      item.x,
      item.y,
      item.w,
      item.h,
      paint(item.fill, item.stroke, item.strokeWidth),
    );
  const anchor = item.align === "center" ? "middle" : item.align === "right" ? "end" : "start";
  const x =
    item.align === "center"
      ? item.x + item.w / 2
      : item.align === "right"
        ? item.x + item.w - item.padding
        : item.x + item.padding;
  const baselines = paragraphBaselines(item);
  item.paragraphs.forEach((p, i) => {
    if (!p.text) return;
    out += `<text x="${n(x)}" y="${n(baselines[i]!)}" font-size="${n(p.size)}"${p.bold ? ' font-weight="700"' : ""}${p.italic ? ' font-style="italic"' : ""}${anchor === "start" ? "" : ` text-anchor="${anchor}"`} fill="${escapeXml(p.color)}">${escapeXml(p.bullet ? `• ${p.text}` : p.text)}</text>`;
  });
  return out;
}

function itemSvg(item: SlideItem, deck: SlideDeck): string {
  switch (item.type) {
    case "shape":
      return shapeSvg(
        item.shape,
        item.x,
        item.y,
        item.w,
        item.h,
        paint(item.fill, item.stroke, item.strokeWidth),
      );
    case "text":
      return textSvg(item);
    case "line":
      return `<line x1="${n(item.x1)}" y1="${n(item.y1)}" x2="${n(item.x2)}" y2="${n(item.y2)}" stroke="${escapeXml(item.color)}" stroke-width="${n(item.width)}"${item.dash ? ' stroke-dasharray="6 4"' : ""}/>`;
    case "table": {
      let out = "";
      let y = item.y;
      item.rows.forEach((row, r) => {
        let x = item.x;
        const h = item.rowHeights[r]!;
        row.forEach((cell, c) => {
          const w = item.colWidths[c]!;
          out += `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}"${paint(cell.fill ?? deck.theme.background, item.border, 0.75)}/>`;
          cell.lines.forEach((line, i) => {
            out += `<text x="${n(x + 4)}" y="${n(y + 4 + item.size * ((LINE - 1) / 2 + 0.8) + i * item.size * LINE)}" font-size="${n(item.size)}"${cell.bold ? ' font-weight="700"' : ""} fill="${escapeXml(cell.color)}">${escapeXml(line)}</text>`;
          });
          x += w;
        });
        y += h;
      });
      return out;
    }
    case "chart": {
      const g = chartGeometry(item);
      const { theme } = deck;
      let out = `<text x="${n(g.title.x)}" y="${n(g.title.y + TYPE.body)}" font-size="${TYPE.body}" fill="${escapeXml(theme.muted)}">${escapeXml(g.title.text)}</text>`;
      for (const level of g.levels) {
        out += `<line x1="${n(g.plot.x)}" y1="${n(level.y)}" x2="${n(g.plot.x + g.plot.w)}" y2="${n(level.y)}" stroke="${escapeXml(level.zero ? theme.muted : theme.grid)}" stroke-width="${level.zero ? 1 : 0.75}"/>`;
        out += `<text x="${n(g.plot.x - 6)}" y="${n(level.y + TYPE.small * 0.35)}" font-size="${TYPE.small}" text-anchor="end" fill="${escapeXml(theme.muted)}">${escapeXml(level.label)}</text>`;
      }
      for (const c of g.categories)
        out += `<text x="${n(c.x)}" y="${n(c.y + TYPE.small)}" font-size="${TYPE.small}" text-anchor="middle" fill="${escapeXml(theme.text)}">${escapeXml(c.label)}</text>`;
      for (const s of g.series) {
        let run: string[] = [];
        const runs: string[][] = [];
        for (const p of s.points) {
          if (p) run.push(`${n(p.x)},${n(p.y)}`);
          else if (run.length) {
            runs.push(run);
            run = [];
          }
        }
        if (run.length) runs.push(run);
        for (const r of runs)
          out += `<polyline points="${r.join(" ")}" fill="none" stroke="${escapeXml(s.color)}" stroke-width="2.5" stroke-linejoin="round"${s.dashed ? ' stroke-dasharray="6 4"' : ""}/>`;
        for (const p of s.points)
          if (p)
            out += `<circle cx="${n(p.x)}" cy="${n(p.y)}" r="4" fill="${escapeXml(theme.background)}" stroke="${escapeXml(s.color)}" stroke-width="2"/>`;
      }
      for (const l of g.legend)
        out += `<line x1="${n(l.x)}" y1="${n(l.y + 8)}" x2="${n(l.x + 18)}" y2="${n(l.y + 8)}" stroke="${escapeXml(l.color)}" stroke-width="3"${l.dashed ? ' stroke-dasharray="4 3"' : ""}/><text x="${n(l.x + 24)}" y="${n(l.y + 12)}" font-size="${TYPE.body}" fill="${escapeXml(theme.text)}">${escapeXml(l.name)}</text>`;
      return out;
    }
  }
}

/**
 * One slide of a deck (`buildSlides`) as a standalone SVG, `scale` pixels per point: only what that
 * slide shows, so a slide of a 1,000-card map is as cheap to rasterize as one of a small map. Text
 * is escaped; no script or external reference.
 *
 * @example
 * const deck = buildSlides(map); renderDeckSlideSvg(deck, deck.slides[0]!, { scale: 2 }); // 1920 × 1080
 */
export function renderDeckSlideSvg(
  deck: SlideDeck,
  slide: Slide,
  options: { scale?: number; fontFamily: string },
): string {
  const scale = options.scale ?? 1;
  const w = Math.round(deck.width * scale);
  const h = Math.round(deck.height * scale);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${n(deck.width)} ${n(deck.height)}" font-family="${escapeXml(options.fontFamily)}">` +
    `<title>${escapeXml(slide.title)}</title><rect width="100%" height="100%" fill="${escapeXml(deck.theme.background)}"/>` +
    slide.items.map((item) => itemSvg(item, deck)).join("") +
    "</svg>"
  );
}

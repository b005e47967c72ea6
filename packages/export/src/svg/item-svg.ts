import { cornerRadius, dashPattern, paragraphBaselines } from "../slides/item-geometry.js";
import type {
  SlideItem,
  SlideParagraph,
  SlidePath,
  SlideTable,
  SlideText,
  SvgMeta,
} from "../slides/slide-model.js";
import { LINE } from "../slides/slide-text.js";
import type { ExportTheme } from "../theme/export-theme.js";
import { chartSvg } from "./chart-svg.js";
import { escapeXml } from "./escape-xml.js";
import { type Attrs, attrs, n } from "./svg-attributes.js";

const paint = (fill: string | undefined, stroke: string | undefined, width = 1): Attrs => [
  ["fill", fill ?? "none"],
  ["stroke", stroke],
  ["stroke-width", stroke ? width : undefined],
];

function shapeSvg(
  shape: "rect" | "roundRect" | "ellipse",
  box: { x: number; y: number; w: number; h: number; radius?: number },
  painted: Attrs,
): string {
  const { x, y, w, h } = box;
  if (shape === "ellipse")
    return Math.abs(w - h) < 1e-6
      ? `<circle${attrs([["cx", x + w / 2], ["cy", y + h / 2], ["r", w / 2], ...painted])}/>`
      : `<ellipse${attrs([["cx", x + w / 2], ["cy", y + h / 2], ["rx", w / 2], ["ry", h / 2], ...painted])}/>`;
  const rx = shape === "roundRect" ? cornerRadius(box) : undefined;
  return `<rect${attrs([["x", x], ["y", y], ["width", w], ["height", h], ["rx", rx], ...painted])}/>`;
}

const fontAttrs = (p: SlideParagraph): Attrs => [
  ["font-size", p.size],
  ["font-weight", p.bold ? "700" : undefined],
  ["font-style", p.italic ? "italic" : undefined],
  ["fill", p.color],
];
const content = (p: SlideParagraph) => escapeXml(p.bullet ? `• ${p.text}` : p.text);

/** A text item: its shape, then one `<text>`; several lines are its `<tspan>`s, sharing what they have in common. */
function textSvg(item: SlideText): string {
  const shape =
    item.shape && (item.fill || item.stroke)
      ? shapeSvg(item.shape, item, paint(item.fill, item.stroke, item.strokeWidth))
      : "";
  const anchor = item.align === "center" ? "middle" : item.align === "right" ? "end" : undefined;
  const x =
    item.align === "center"
      ? item.x + item.w / 2
      : item.align === "right"
        ? item.x + item.w - item.padding
        : item.x + item.padding;
  const baselines = paragraphBaselines(item);
  const lines = item.paragraphs.flatMap((p, i) => (p.text ? [{ p, y: baselines[i]! }] : []));
  const [first] = lines;
  if (!first) return shape;
  if (lines.length === 1)
    return `${shape}<text${attrs([["x", x], ["y", first.y], ...fontAttrs(first.p), ["text-anchor", anchor]])}>${content(first.p)}</text>`;
  const shared = fontAttrs(first.p).filter(([key, value]) =>
    lines.every((l) => fontAttrs(l.p).find(([k]) => k === key)?.[1] === value),
  );
  const own = (p: SlideParagraph) => fontAttrs(p).filter(([key]) => !shared.some(([k]) => k === key));
  const spans = lines.map(
    ({ p, y }) => `<tspan${attrs([["x", x], ["y", y], ...own(p)])}>${content(p)}</tspan>`,
  );
  return `${shape}<text${attrs([...shared, ["text-anchor", anchor]])}>${spans.join("")}</text>`;
}

const dashAttr = (dash: SlidePath["dash"]): Attrs => [
  ["stroke-dasharray", dashPattern(dash)?.map(n).join(" ")],
];

function pathSvg(item: SlidePath): string {
  const d = item.commands
    .map((c) =>
      c.op === "C"
        ? `C ${n(c.x1)} ${n(c.y1)}, ${n(c.x2)} ${n(c.y2)}, ${n(c.x)} ${n(c.y)}`
        : `${c.op} ${n(c.x)} ${n(c.y)}`,
    )
    .join(" ");
  return `<path${attrs([
    ["d", d],
    ["fill", "none"],
    ["stroke", item.color],
    ["stroke-width", item.width],
    ...dashAttr(item.dash),
    ["stroke-linecap", "round"],
    ["stroke-linejoin", "round"],
  ])}/>`;
}

function tableSvg(item: SlideTable, theme: ExportTheme): string {
  let out = "";
  let y = item.y;
  item.rows.forEach((row, r) => {
    let x = item.x;
    const h = item.rowHeights[r]!;
    row.forEach((cell, c) => {
      const w = item.colWidths[c]!;
      out += shapeSvg("rect", { x, y, w, h }, paint(cell.fill ?? theme.background, item.border, 0.75));
      cell.lines.forEach((line, i) => {
        const baseline = y + 4 + item.size * ((LINE - 1) / 2 + 0.8) + i * item.size * LINE;
        out += `<text${attrs([["x", x + 4], ["y", baseline], ...fontAttrs({ ...cell, text: line, size: item.size })])}>${escapeXml(line)}</text>`;
      });
      x += w;
    });
    y += h;
  });
  return out;
}

/** One drawing item as SVG markup (text escaped, numbers to a hundredth). */
export function itemSvg(item: SlideItem, theme: ExportTheme): string {
  switch (item.type) {
    case "shape":
      return shapeSvg(item.shape, item, paint(item.fill, item.stroke, item.strokeWidth));
    case "text":
      return textSvg(item);
    case "line":
      return `<line${attrs([["x1", item.x1], ["y1", item.y1], ["x2", item.x2], ["y2", item.y2], ["stroke", item.color], ["stroke-width", item.width], ...dashAttr(item.dash)])}/>`;
    case "path":
      return pathSvg(item);
    case "table":
      return tableSvg(item, theme);
    case "chart":
      return chartSvg(item, theme);
  }
}

/** `data-*` names a document can never turn into another attribute. */
const DATA_NAME = /^[a-z][a-z0-9-]*$/;
const metaKey = (meta: SvgMeta | undefined) => (meta ? JSON.stringify(meta) : "");

function groupOpen(meta: SvgMeta): string {
  const data: Attrs = Object.entries(meta.data ?? {}).flatMap(
    ([key, value]): Attrs => (DATA_NAME.test(key) ? [[`data-${key}`, value]] : []),
  );
  return `<g${attrs(data)}>${meta.tooltip ? `<title>${escapeXml(meta.tooltip)}</title>` : ""}`;
}

/**
 * Drawing items as SVG markup, in order: the one serializer behind `renderSvg` and every slide SVG.
 * Consecutive items with the same `svg` metadata are one `<g>` with its `data-*` attributes and its
 * tooltip as `<title>`.
 */
export function itemsSvg(items: readonly SlideItem[], theme: ExportTheme): string {
  const keys = items.map((item) => metaKey(item.svg));
  let out = "";
  for (let i = 0; i < items.length; ) {
    const meta = items[i]!.svg;
    const key = keys[i];
    let body = "";
    for (; i < items.length && keys[i] === key; i++) body += itemSvg(items[i]!, theme);
    out += meta ? `${groupOpen(meta)}${body}</g>` : body;
  }
  return out;
}

import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { SlideItem } from "../slides/slide-model.js";
import { lightTheme } from "../theme/export-theme.js";
import { itemsSvg } from "./item-svg.js";

const svg = (items: SlideItem[]) => {
  const body = itemsSvg(items, lightTheme);
  expect(XMLValidator.validate(`<svg>${body}</svg>`)).toBe(true);
  return body;
};

describe("itemsSvg: the one SVG serializer of drawing items", () => {
  it("writes a path's cubic curves, its dash and round caps", () => {
    const out = svg([
      {
        type: "path",
        name: "Curve",
        commands: [
          { op: "M", x: 10, y: 20 },
          { op: "C", x1: 15, y1: 20, x2: 25.126, y2: 5, x: 30, y: 5 },
          { op: "L", x: 40, y: 5 },
        ],
        color: "#e11d48",
        width: 2.5,
        dash: [7, 5],
      },
    ]);
    expect(out).toBe(
      '<path d="M 10 20 C 15 20, 25.13 5, 30 5 L 40 5" fill="none" stroke="#e11d48" stroke-width="2.5" stroke-dasharray="7 5" stroke-linecap="round" stroke-linejoin="round"/>',
    );
  });

  it("groups neighbouring items with the same metadata in one <g> with its tooltip as <title>", () => {
    const meta = { data: { "card-id": "c1" }, tooltip: 'Say "hi" <b>' };
    const out = svg([
      {
        type: "shape",
        name: "Card",
        shape: "roundRect",
        x: 0,
        y: 0,
        w: 100,
        h: 40,
        fill: "#fff4b8",
        radius: 6,
        svg: meta,
      },
      {
        type: "text",
        name: "Card text",
        x: 0,
        y: 0,
        w: 100,
        h: 40,
        padding: 10,
        paragraphs: [
          { text: "One", size: 13, color: "#111111" },
          { text: "Two", size: 13, color: "#111111" },
          { text: "Severity 3/5", size: 10.5, color: "#555555", bold: true },
        ],
        svg: { data: { "card-id": "c1" }, tooltip: 'Say "hi" <b>' },
      },
      { type: "line", name: "Rule", x1: 0, y1: 50, x2: 100, y2: 50, color: "#cccccc", width: 1 },
      {
        type: "shape",
        name: "Dot",
        shape: "ellipse",
        x: 0,
        y: 60,
        w: 8,
        h: 8,
        fill: "#000000",
        svg: { data: { "card-id": "c2" } },
      },
    ]);
    expect(out.match(/<g /g)).toHaveLength(2);
    expect(out).toMatch(
      /^<g data-card-id="c1"><title>Say &quot;hi&quot; &lt;b&gt;<\/title><rect [^>]*rx="6"/,
    );
    // One <text> per item, its lines as tspans.
    expect(out).toContain('<text><tspan x="10" y="22.35" font-size="13" fill="#111111">One</tspan>');
    expect(out).toContain('font-size="10.5" font-weight="700" fill="#555555">Severity 3/5</tspan>');
    expect(out).toContain("</text></g><line ");
    expect(out).toContain('<g data-card-id="c2"><circle cx="4" cy="64" r="4" fill="#000000"/></g>');
  });

  it("never writes a data name that could be another attribute, and draws no empty line", () => {
    const out = svg([
      {
        type: "text",
        name: "x",
        x: 0,
        y: 0,
        w: 10,
        h: 10,
        padding: 0,
        paragraphs: [{ text: "", size: 12, color: "#000" }],
        svg: { data: { 'x" onload="alert(1)': "v", ok: "1" } },
      },
    ]);
    expect(out).toBe('<g data-ok="1"></g>');
  });

  it("writes what every line of a text shares once, on its <text>", () => {
    const out = svg([
      {
        type: "text",
        name: "Lane title",
        x: 0,
        y: 0,
        w: 100,
        h: 40,
        padding: 0,
        align: "right",
        paragraphs: [
          { text: "Physical", size: 13, color: "#111111", bold: true },
          { text: "evidence", size: 13, color: "#111111", bold: true },
        ],
      },
    ]);
    expect(out).toMatch(
      /^<text font-size="13" font-weight="700" fill="#111111" text-anchor="end"><tspan x="100" y="[\d.]+">Physical<\/tspan><tspan x="100" y="[\d.]+">evidence<\/tspan><\/text>$/,
    );
  });

  it("dashes a line with `true` as 6 on, 4 off, and with its own pattern", () => {
    const line = { type: "line", name: "l", x1: 0, y1: 0, x2: 10, y2: 0, color: "#000", width: 1 } as const;
    expect(svg([{ ...line, dash: true }])).toContain('stroke-dasharray="6 4"');
    expect(svg([{ ...line, dash: [3, 4] }])).toContain('stroke-dasharray="3 4"');
    expect(svg([line])).not.toContain("dasharray");
  });
});

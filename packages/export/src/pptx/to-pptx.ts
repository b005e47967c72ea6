import { formatMetricValue, type JourneyMap, metricLabel, momentsAtRisk } from "@journeykit/core";
import PptxGenJS from "pptxgenjs";
import { darkTheme, lightTheme } from "../svg/svg-theme.js";
import { trustedMap } from "../trusted-map.js";
import { addMapSlides } from "./map-slides.js";
import { pptColor, pptText, SLIDE } from "./pptx-geometry.js";

/** Options of `toPptx`. */
export interface ToPptxOptions {
  theme?: "light" | "dark";
  /** Stages per map slide before the map is split across slides (default 6). */
  maxStagesPerSlide?: number;
  /** Deck title (default the map's title). */
  title?: string;
}

const FONT = "Arial";

/**
 * A PowerPoint deck with native, editable shapes: a title slide; the map (stage headers, lanes,
 * sticky notes, emotion curves, moments of truth, metrics) split across slides when wide; one slide
 * per persona with the empathy map as a 2x2; and a slide of moments at risk and metrics.
 * Returns the .pptx bytes. Throws when the map is invalid.
 *
 * @example
 * await writeFile("journey.pptx", await toPptx(map));
 */
export async function toPptx(map: JourneyMap, options: ToPptxOptions = {}): Promise<Uint8Array> {
  const valid = trustedMap(map);
  const theme = options.theme === "dark" ? darkTheme : lightTheme;
  const text = pptColor(theme.text);
  const muted = pptColor(theme.muted);
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  pptx.title = pptText(options.title ?? valid.title);
  pptx.company = "journeykit";

  const title = pptx.addSlide();
  title.background = { color: pptColor(theme.background) };
  title.addText(pptText(options.title ?? valid.title), {
    x: 0.8,
    y: 2.2,
    w: SLIDE.width - 1.6,
    h: 1.2,
    fontSize: 40,
    bold: true,
    color: text,
    fontFace: FONT,
  });
  title.addText(pptText(valid.description ?? ""), {
    x: 0.8,
    y: 3.4,
    w: SLIDE.width - 1.6,
    h: 1,
    fontSize: 18,
    color: muted,
    fontFace: FONT,
    valign: "top",
  });
  title.addText(
    pptText(
      `${valid.state === "future" ? "Future state" : "Current state"} · ${valid.stages.length} stages · Personas: ${valid.personas.map((p) => p.name).join(", ") || "none"} · ${valid.updatedAt.slice(0, 10)}`,
    ),
    { x: 0.8, y: 4.6, w: SLIDE.width - 1.6, h: 0.5, fontSize: 14, color: muted, fontFace: FONT },
  );

  addMapSlides(pptx, valid, options.maxStagesPerSlide ?? 6, theme);

  for (const persona of valid.personas) {
    const slide = pptx.addSlide();
    slide.background = { color: pptColor(theme.background) };
    slide.addShape(pptx.ShapeType.rect, {
      x: 0,
      y: 0,
      w: 0.18,
      h: SLIDE.height,
      fill: { color: pptColor(persona.color) },
    });
    slide.addText(pptText(persona.name), {
      x: 0.5,
      y: 0.3,
      w: 8,
      h: 0.6,
      fontSize: 28,
      bold: true,
      color: text,
      fontFace: FONT,
    });
    slide.addText(
      pptText([persona.role, persona.quote ? `“${persona.quote}”` : ""].filter(Boolean).join("  ·  ")),
      { x: 0.5, y: 0.9, w: 12, h: 0.4, fontSize: 14, italic: true, color: muted, fontFace: FONT },
    );
    const lists: [string, string[]][] = [
      ["Demographics", Object.entries(persona.demographics).map(([k, v]) => `${k}: ${v}`)],
      ["Needs", persona.needs],
      ["Motivations", persona.motivations],
      ["Goals", persona.goals],
      ["Frustrations", persona.frustrations],
    ];
    lists.forEach(([heading, items], i) => {
      slide.addText(
        [
          { text: heading, options: { bold: true, fontSize: 13, color: text, breakLine: true } },
          ...items.map((item) => ({
            text: pptText(item),
            options: { bullet: true, fontSize: 12, color: text, breakLine: true },
          })),
        ],
        { x: 0.5, y: 1.45 + i * 1.15, w: 5.6, h: 1.1, valign: "top", fontFace: FONT, fit: "shrink" },
      );
    });
    const quadrants = [
      ["Thinks", persona.empathyMap?.thinks ?? []],
      ["Feels", persona.empathyMap?.feels ?? []],
      ["Says", persona.empathyMap?.says ?? []],
      ["Does", persona.empathyMap?.does ?? []],
    ] as const;
    quadrants.forEach(([heading, items], i) => {
      slide.addText(
        [
          { text: heading, options: { bold: true, fontSize: 14, color: text, breakLine: true } },
          ...items.map((item) => ({
            text: pptText(item),
            options: { bullet: true, fontSize: 12, color: text, breakLine: true },
          })),
        ],
        {
          shape: pptx.ShapeType.rect,
          x: 6.5 + (i % 2) * 3.3,
          y: 1.45 + Math.floor(i / 2) * 2.9,
          w: 3.2,
          h: 2.8,
          fill: { color: pptColor(theme.headerFill) },
          line: { color: pptColor(theme.grid) },
          valign: "top",
          fontFace: FONT,
          margin: 6,
          fit: "shrink",
        },
      );
    });
  }

  const insights = pptx.addSlide();
  insights.background = { color: pptColor(theme.background) };
  insights.addText("Moments at risk and metrics", {
    x: 0.5,
    y: 0.3,
    w: 12,
    h: 0.6,
    fontSize: 26,
    bold: true,
    color: text,
    fontFace: FONT,
  });
  const header = (labels: string[]) =>
    labels.map((label) => ({
      text: label,
      options: { bold: true, fill: { color: pptColor(theme.headerFill) }, color: text },
    }));
  const risks = momentsAtRisk(valid);
  insights.addTable(
    [
      header(["Moment of truth", "Stage", "Kind", "Importance", "Why"]),
      ...(risks.length
        ? risks.map((r) =>
            [
              r.moment.title,
              r.stageName,
              r.moment.kind,
              String(r.moment.importance),
              r.reasons.join("; "),
            ].map((t) => ({ text: pptText(t), options: { color: text } })),
          )
        : [[{ text: "No important moment is failing or negative.", options: { color: muted, colspan: 5 } }]]),
    ],
    {
      x: 0.5,
      y: 1.1,
      w: 12.3,
      fontSize: 11,
      fontFace: FONT,
      border: { type: "solid", pt: 0.5, color: pptColor(theme.grid) },
      autoPage: false,
    },
  );
  const stageName = (id: string | undefined) =>
    valid.stages.find((s) => s.id === id)?.name ?? "Whole journey";
  insights.addTable(
    [
      header(["Metric", "Stage", "Value", "Target", "Sample", "Source"]),
      ...(valid.metrics.length
        ? valid.metrics.map((m) =>
            [
              metricLabel(m),
              stageName(m.stageId),
              formatMetricValue(m),
              m.target === undefined ? "" : formatMetricValue({ kind: m.kind, value: m.target }),
              m.sampleSize === undefined ? "" : String(m.sampleSize),
              m.source ?? "",
            ].map((t) => ({
              text: pptText(t),
              options: {
                color: m.target !== undefined && m.value < m.target ? pptColor(theme.warning) : text,
              },
            })),
          )
        : [[{ text: "No metrics yet.", options: { color: muted, colspan: 6 } }]]),
    ],
    {
      x: 0.5,
      y: 1.3 + 0.32 * (Math.max(1, risks.length) + 1) + 0.3,
      w: 12.3,
      fontSize: 11,
      fontFace: FONT,
      border: { type: "solid", pt: 0.5, color: pptColor(theme.grid) },
      autoPage: false,
    },
  );

  const bytes = await pptx.write({ outputType: "uint8array" });
  return bytes as Uint8Array;
}

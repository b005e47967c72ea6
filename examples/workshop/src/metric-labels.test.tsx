import { createRequire } from "node:module";
import {
  applyOperation,
  getTemplate,
  type JourneyMap,
  type Metric,
  metricFigure,
  metricOwnerFigure,
} from "@journeykit/core";
import { analyzeEvidence, applyEvidence, detectColumns, readTable } from "@journeykit/evidence";
import { buildSlides, renderSvg, toPptx } from "@journeykit/export";
import { JourneyMapEditor } from "@journeykit/react";
import { act, render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PreviewStep } from "./evidence/PreviewStep";
import { overviewSlide } from "./presenter/overview-slide";
import { stageSlide } from "./presenter/stage-slide";

/**
 * The restaurant template after a survey import (measured NPS, CSAT and sentiment for two stages and
 * the whole journey), with its typed metrics and a typed metric of the Bill touchpoint.
 */
async function importedMap() {
  const before = getTemplate("restaurant-complaint-recovery")!.create();
  const lines = ["Stage,How likely are you to recommend us?,Overall how satisfied were you?,Comment"];
  for (let i = 0; i < 1412; i++) {
    const pay = i % 2 === 0;
    lines.push(
      pay
        ? `Pay and leave,${i % 5},${1 + (i % 3)},The card machine was broken and we waited ages`
        : `Arrive and order,${7 + (i % 4)},${4 + (i % 2)},Lovely welcome and a great table`,
    );
  }
  const table = await readTable(lines.join("\n"));
  const analysis = analyzeEvidence(before, table, detectColumns(table, before), { sourceName: "survey.csv" });
  const applied = applyOperation(before, applyEvidence, analysis).map;
  const pay = applied.stages.find((s) => s.name === "Pay and leave")!;
  const bill = applied.touchpoints.find((t) => t.name === "Bill")!;
  const map: JourneyMap = {
    ...applied,
    metrics: [
      ...applied.metrics,
      {
        id: "bill-nps",
        kind: "NPS",
        value: 43,
        marginOfError: 8.2,
        sampleSize: 120,
        stageId: pay.id,
        touchpointId: bill.id,
      },
    ],
  };
  return { before, analysis, map, pay };
}

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));

/** Every metric text the canvas draws: its badges, and the entries of each "+N more" list. */
async function canvasTexts(map: JourneyMap): Promise<string[]> {
  const { container, unmount } = render(
    <div style={{ width: 1400, height: 900 }}>
      <JourneyMapEditor value={map} onChange={() => {}} />
    </div>,
  );
  await flush();
  const texts = [...container.querySelectorAll("[data-metric-id] .jk-metric-text")].map(
    (e) => e.textContent!,
  );
  for (const more of container.querySelectorAll<HTMLButtonElement>(".jk-metric-more-button")) {
    act(() => more.click());
    await flush();
    texts.push(
      ...[...container.querySelectorAll(".jk-metric-more-list .jk-metric-text")].map((e) => e.textContent!),
    );
  }
  unmount();
  return texts;
}

/** The slide model's texts (PPTX and PDF draw this model: every run of every text item and table cell). */
function deckTexts(map: JourneyMap): string[] {
  return buildSlides(map).slides.flatMap((slide) =>
    slide.items.flatMap((item) => {
      if (item.type === "text") return item.paragraphs.map((p) => p.text);
      if (item.type === "table") return item.rows.flatMap((row) => row.map((cell) => cell.lines.join(" ")));
      return [];
    }),
  );
}

/** What the test reads of a zip (JSZip, as the export package loads it for toPptx). */
interface Zip {
  files: Record<string, unknown>;
  file(name: string): { async(type: "string"): Promise<string> } | null;
}
const requireFromExport = createRequire(
  createRequire(import.meta.url).resolve("@journeykit/export/package.json"),
);
const JSZip = requireFromExport("jszip") as { loadAsync(bytes: Uint8Array): Promise<Zip> };

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * The text PowerPoint shows, from the .pptx's own slide XML: each shape's and each table cell's runs
 * joined by spaces (a cell's lines are runs of their own).
 */
async function pptxTexts(map: JourneyMap): Promise<string[]> {
  const zip = await JSZip.loadAsync(await toPptx(map));
  const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  const texts: string[] = [];
  for (const name of slides) {
    const xml = await zip.file(name)!.async("string");
    for (const part of xml.match(/<p:sp>[\s\S]*?<\/p:sp>|<a:tc\b[\s\S]*?<\/a:tc>/g) ?? [])
      texts.push(
        [...part.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
          .map((m) => m[1]!.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!))
          .join(" ")
          .replace(/\s+/g, " "),
      );
  }
  return texts;
}

describe("one metric reads the same on the canvas, in the preview, the presenter and every export", () => {
  it("measured, typed, touchpoint and whole-journey metrics", async () => {
    const { before, analysis, map, pay } = await importedMap();
    const measured = (m: Metric) => m.sourceId !== undefined;
    const payNps = map.metrics.find((m) => m.stageId === pay.id && m.kind === "NPS" && measured(m))!;
    const typed = map.metrics.find(
      (m) => m.stageId === pay.id && !measured(m) && m.touchpointId === undefined,
    )!;
    const journeyNps = map.metrics.find((m) => m.stageId === undefined && m.kind === "NPS")!;
    const billNps = map.metrics.find((m) => m.id === "bill-nps")!;
    const figures = [payNps, typed, journeyNps, billNps].map((m) => metricFigure(m, { locale: map.locale }));
    // The figures pinned once here (core's tests pin every rule).
    expect(figures[0]).toMatch(/^NPS −\d+ ±\d+ · n=706$/);
    expect(figures[1]).toBe("CSAT 82% · n=140");
    expect(figures[2]).toMatch(/^NPS [+−]?\d+ ±\d+ · n=1,412$/);
    expect(figures[3]).toBe("NPS +43 ±8 · n=120");
    expect(metricOwnerFigure(map, billNps)).toBe("Bill · NPS +43 ±8 · n=120");

    // Canvas: each figure is drawn whole (in its badge, or in the "+N more" list named by its owner).
    const canvas = await canvasTexts(map);
    for (const figure of figures)
      expect(
        canvas.some((t) => t === figure || t.endsWith(` · ${figure}`)),
        `${figure} in ${canvas.join(" | ")}`,
      ).toBe(true);

    // The import preview: the stage's and the whole journey's NPS cells read the same figure.
    const preview = render(
      <PreviewStep map={before} analysis={analysis} chosen={new Set()} onChoose={() => {}} />,
    );
    const cellTitles = [...preview.container.querySelectorAll("td.ws-ev-metric")].map((td) =>
      td.getAttribute("title"),
    );
    expect(cellTitles).toContain(figures[0]);
    expect(cellTitles).toContain(figures[2]);
    preview.unmount();

    // The presenter: the stage's slide and the opening overview.
    const payIndex = map.stages.indexOf(pay);
    const slideFigures = stageSlide(map, payIndex)!.metrics.map((m) => m.figure);
    expect(slideFigures).toEqual(expect.arrayContaining([figures[0], figures[1], `Bill · ${figures[3]}`]));
    expect(overviewSlide(map).metrics.map((m) => m.figure)).toContain(figures[2]);

    // SVG: the same badges as the canvas.
    const svg = renderSvg(map);
    for (const figure of figures) expect(svg).toContain(`>${figure}</text>`);

    // The deck (PPTX and PDF draw this slide model): stage badges and the metrics table.
    const deck = deckTexts(map);
    for (const figure of figures) expect(deck).toContain(figure);

    // The PPTX file itself: what PowerPoint shows (its slide XML), not only the model it was drawn from.
    const pptx = await pptxTexts(map);
    for (const figure of figures)
      expect(
        pptx.some((t) => t.includes(figure)),
        `${figure} in the .pptx`,
      ).toBe(true);
  });
});

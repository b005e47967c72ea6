import { describe, it } from "vitest";
import { generateMap } from "../../core/bench/generate-map";
import { buildSlides, renderSvg, toJson, toPdf, toPptx } from "../src/index";

const median = (runs: number[]) => [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
async function time(fn: () => unknown, repeat = 5) {
  const runs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    await fn();
    runs.push(performance.now() - start);
  }
  return median(runs);
}
const ms = (n: number) => `${n.toFixed(1)} ms`;

describe("export benchmarks (figures, not assertions)", () => {
  it("prints renderSvg, slide deck, PPTX and PDF figures for a 1,000-card map", async () => {
    // 20 stages × 10 lanes × 5 cards, 3 personas.
    const map = generateMap({ stages: 20, lanes: 10, cardsPerCell: 5, personas: 3 });
    const svg = await time(() => renderSvg(map));
    let pptxBytes = 0;
    let pdfBytes = 0;
    const pptx = await time(async () => {
      pptxBytes = (await toPptx(map)).length;
    }, 3);
    const pdf = await time(async () => {
      pdfBytes = (await toPdf(map)).length;
    }, 3);
    const ratio = (n: number) => `${(n / svg).toFixed(1)}x renderSvg`;
    const rows = [
      [
        "renderSvg (1,000 cards)",
        ms(svg),
        `toJson of the same map: ${ms(await time(() => toJson(map)))}`,
        "≤ 100 ms",
      ],
      [
        `buildSlides (${buildSlides(map).slides.length} slides, 16:9)`,
        ms(await time(() => buildSlides(map), 3)),
        "",
        "",
      ],
      ["PPTX deck (native shapes)", ms(pptx), `${ratio(pptx)}; ${(pptxBytes / 1e3).toFixed(0)} kB`, "≤ 2x"],
      [
        `PDF, A4 (${buildSlides(map, { size: "A4" }).slides.length} pages, Helvetica)`,
        ms(pdf),
        `${ratio(pdf)}; ${(pdfBytes / 1e3).toFixed(0)} kB`,
        "≤ 2x",
      ],
    ];
    const width = [34, 12, 60, 10];
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(width[i]!)).join(" | ");
    console.log("\n@journeykit/export benchmarks");
    console.log(line(["measure", "journeykit", "baseline (same run)", "target"]));
    for (const row of rows) console.log(line(row));
  });
});

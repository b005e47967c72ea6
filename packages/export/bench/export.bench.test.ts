import { Resvg } from "@resvg/resvg-js";
import { describe, it } from "vitest";
import { generateMap } from "../../core/bench/generate-map";
import { renderSvg, toJson, toPptx } from "../src/index";
import { renderPng } from "../src/node";

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
  it("prints renderSvg, headless PNG and PPTX figures for a 1,000-card map", async () => {
    // 20 stages × 10 lanes × 5 cards, 3 personas.
    const map = generateMap({ stages: 20, lanes: 10, cardsPerCell: 5, personas: 3 });
    const svg = renderSvg(map);
    const size = /width="(\d+)" height="(\d+)"/.exec(svg)!;
    const blank = `<svg xmlns="http://www.w3.org/2000/svg" width="${size[1]}" height="${size[2]}"><rect width="100%" height="100%" fill="#fff"/></svg>`;
    const rows = [
      [
        "renderSvg (1,000 cards)",
        ms(await time(() => renderSvg(map))),
        `toJson of the same map: ${ms(await time(() => toJson(map)))}`,
        "≤ 100 ms",
      ],
      [
        `headless PNG (${size[1]}×${size[2]} px)`,
        ms(await time(() => renderPng(map), 3)),
        `resvg rendering a blank SVG of that size: ${ms(await time(() => new Resvg(blank).render().asPng(), 3))}`,
        "≤ 2 s",
      ],
      ["PPTX deck (native shapes)", ms(await time(() => toPptx(map), 3)), "", ""],
    ];
    const width = [34, 12, 60, 10];
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(width[i]!)).join(" | ");
    console.log("\n@journeykit/export benchmarks");
    console.log(line(["measure", "journeykit", "baseline (same run)", "target"]));
    for (const row of rows) console.log(line(row));
  });
});

import { renderSvg } from "@journeykit/export";
import { Resvg } from "@resvg/resvg-js";
import { describe, it } from "vitest";
import { generateMap } from "../../core/bench/generate-map";
import { renderPng } from "../src/index";

const median = (runs: number[]) => [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
async function time(fn: () => unknown, repeat = 3) {
  const runs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    await fn();
    runs.push(performance.now() - start);
  }
  return median(runs);
}
const ms = (n: number) => `${n.toFixed(1)} ms`;

describe("cli benchmarks (figures, not assertions)", () => {
  it("prints the headless PNG figure for a 1,000-card map beside resvg on a blank SVG", async () => {
    // 20 stages × 10 lanes × 5 cards, 3 personas: the same map as the export benchmarks.
    const map = generateMap({ stages: 20, lanes: 10, cardsPerCell: 5, personas: 3 });
    const size = /width="(\d+)" height="(\d+)"/.exec(renderSvg(map))!;
    const blank = `<svg xmlns="http://www.w3.org/2000/svg" width="${size[1]}" height="${size[2]}"><rect width="100%" height="100%" fill="#fff"/></svg>`;
    const rows = [
      [
        `headless PNG (${size[1]}×${size[2]} px)`,
        ms(await time(() => renderPng(map))),
        `resvg rendering a blank SVG of that size: ${ms(await time(() => new Resvg(blank).render().asPng()))}`,
        "≤ 2 s",
      ],
    ];
    const width = [34, 12, 60, 10];
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(width[i]!)).join(" | ");
    console.log("\n@journeykit/cli benchmarks");
    console.log(line(["measure", "journeykit", "baseline (same run)", "target"]));
    for (const row of rows) console.log(line(row));
  });
});

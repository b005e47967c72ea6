import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSlides, renderSvg, toJson, toPdf, toPptx } from "@journeykit/export";
import { createCanvas } from "@napi-rs/canvas";
import { Resvg } from "@resvg/resvg-js";
import { describe, it } from "vitest";
import { generateMap } from "../../core/bench/generate-map";
import { renderPng } from "../src/index";
import { bundledFonts } from "../src/render-fonts";

const require = createRequire(import.meta.url);
const cli = new URL("../dist/cli.js", import.meta.url).pathname;

async function runs(fn: () => unknown, repeat = 5) {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return [...times].sort((a, b) => a - b);
}
const stats = (t: number[]) =>
  t.length === 1
    ? `${t[0]!.toFixed(0)} ms (1 run)`
    : `${t[0]!.toFixed(0)} / ${t[Math.floor(t.length / 2)]!.toFixed(0)} / ${t.at(-1)!.toFixed(0)} ms`;

describe("cli benchmarks (figures, not assertions)", () => {
  it("1,000-card map: PNG (whole map, one 16:9 slide, --width), PPTX and PDF beside renderSvg and resvg, same run", async () => {
    // 20 stages × 10 lanes × 5 cards, 3 personas: the same map as the export benchmarks.
    const map = generateMap({ stages: 20, lanes: 10, cardsPerCell: 5, personas: 3 });
    const svg = renderSvg(map, { fontFamily: "DejaVu Sans" });
    const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg)!;
    const blank = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="100%" height="100%" fill="#fff"/></svg>`;
    const deck = buildSlides(map);
    const stageSlide = deck.slides.findIndex((s) => s.kind === "stages") + 1;
    // The end-to-end command needs the built CLI (dist/cli.js): `pnpm build` first.
    if (!existsSync(cli))
      execFileSync("pnpm", ["build"], { cwd: new URL("..", import.meta.url).pathname, stdio: "ignore" });
    const dir = await mkdtemp(join(tmpdir(), "journeykit-bench-"));
    const input = join(dir, "map.journey.json");
    await writeFile(input, toJson(map));
    const command = (...args: string[]) =>
      execFileSync(process.execPath, [cli, "render", input, ...args], { stdio: "ignore" });
    await renderPng(map, { preset: "16:9" }); // fonts registered, code warm
    const rows: [string, string, string][] = [
      [`renderPng whole map (${w}×${h} px)`, stats(await runs(() => renderPng(map), 3)), "≤ 2 s"],
      ["renderPng whole map --width 1920", stats(await runs(() => renderPng(map, { width: 1920 }))), ""],
      [
        `renderPng 16:9 slide ${stageSlide} (1920×1080)`,
        stats(await runs(() => renderPng(map, { preset: "16:9", slide: stageSlide }))),
        "≤ 1 s",
      ],
      [
        "CLI end to end: render -o map.png",
        stats(await runs(() => command("-o", join(dir, "a.png")), 3)),
        "≤ 2 s",
      ],
      [
        `CLI end to end: --preset 16:9 --slide ${stageSlide}`,
        stats(
          await runs(
            () => command("-o", join(dir, "b.png"), "--preset", "16:9", "--slide", String(stageSlide)),
            3,
          ),
        ),
        "≤ 1 s",
      ],
      [`toPptx (${deck.slides.length} slides)`, stats(await runs(() => toPptx(map), 3)), ""],
      [
        `toPdf A4, DejaVu embedded (${buildSlides(map, { size: "A4" }).slides.length} pages)`,
        stats(await runs(() => toPdf(map, { fonts: bundledFonts() }), 3)),
        "",
      ],
      [
        "baseline: renderSvg of the same map (string)",
        stats(await runs(() => renderSvg(map, { fontFamily: "DejaVu Sans" }))),
        "",
      ],
      [
        `baseline: resvg, blank SVG of ${w}×${h}`,
        stats(await runs(() => new Resvg(blank).render().asPng(), 3)),
        "",
      ],
      [
        "before: resvg, same SVG, font file paths",
        stats(
          await runs(
            () =>
              new Resvg(svg, {
                font: {
                  fontFiles: ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((f) =>
                    require.resolve(`dejavu-fonts-ttf/ttf/${f}`),
                  ),
                  loadSystemFonts: false,
                  defaultFontFamily: "DejaVu Sans",
                },
              })
                .render()
                .asPng(),
            1,
          ),
        ),
        "",
      ],
    ];
    const width = [52, 26, 8];
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(width[i]!)).join(" | ");
    console.log("\n@journeykit/cli: 1,000-card map (min / median / max, same run)");
    console.log(line(["measure", "time", "target"]));
    for (const row of rows) console.log(line(row));
  });

  it("10,000-card map: renderPng of the whole map beside a blank canvas of the same size, same run", async () => {
    // 20 stages × 10 lanes × 50 cards: over the pixel budget at scale 1, so at 0.55 (about 75 megapixels).
    const map = generateMap({ stages: 20, lanes: 10, cardsPerCell: 50, personas: 3 });
    const scale = 0.55;
    const [, w, h] = /width="([\d.]+)" height="([\d.]+)"/.exec(
      renderSvg(map, { fontFamily: "DejaVu Sans" }),
    )!;
    const width = Math.round(Number(w) * scale);
    const height = Math.round(Number(h) * scale);
    let bytes = 0;
    const png = await runs(async () => {
      bytes = (await renderPng(map, { scale })).length;
    }, 3);
    // The floor: what any PNG this size costs in Skia (a canvas filled and encoded, nothing drawn).
    const blank = await runs(() => {
      const canvas = createCanvas(width, height);
      const context = canvas.getContext("2d");
      context.fillStyle = "#fff";
      context.fillRect(0, 0, width, height);
      return canvas.encode("png");
    }, 3);
    const median = (t: number[]) => t[Math.floor(t.length / 2)]!;
    console.log(
      `\n@journeykit/cli: 10,000-card map, PNG ${width}×${height} px (min / median / max, same run)`,
    );
    console.log(`renderPng whole map, scale ${scale}       | ${stats(png)} | ${(bytes / 1e6).toFixed(1)} MB`);
    console.log(`baseline: blank canvas, Skia fill + encode | ${stats(blank)}`);
    console.log(
      `ratio (medians)                            | ${(median(png) / median(blank)).toFixed(2)}x | target ≤ 2x`,
    );
  });
});

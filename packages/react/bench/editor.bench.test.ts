import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { build, preview } from "vite";
import { describe, it } from "vitest";
import { launchChromium } from "../../../e2e/chromium.js";
import { sourceConditions } from "../../../vitest.shared.js";

const here = fileURLToPath(new URL(".", import.meta.url));
/** Build output goes inside the repository (node_modules is ignored by git): nothing is read outside it. */
const cache = join(here, "..", "node_modules", ".cache");
const median = (runs: number[]) => [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;

// First render, drag, typing and pan against bare React Flow, at 1,000 to 10,000 cards: big-map.bench.test.ts
// (this file's old figures drew different nodes, stopped before paint and never moved the bare node).
describe("editor benchmarks in headless Chromium (figures, not assertions)", () => {
  it("prints PNG export time and bundle size", async () => {
    mkdirSync(cache, { recursive: true });
    const outDir = mkdtempSync(join(cache, "editor-bench-"));
    await build({
      ...sourceConditions,
      root: join(here, "page"),
      logLevel: "error",
      plugins: [react()],
      build: { outDir, emptyOutDir: true },
    });
    const server = await preview({
      root: join(here, "page"),
      logLevel: "error",
      build: { outDir },
      preview: { host: "127.0.0.1", port: 0 },
    });
    const url = server.resolvedUrls!.local[0]!;
    const browser = await launchChromium();
    const rows: string[][] = [];
    try {
      const exportTime = async (mode: string, source: "dom" | "model" = "dom") => {
        const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
        await page.goto(`${url}?mode=${mode}`);
        await page.waitForFunction(
          () => (window as unknown as { benchResult?: number }).benchResult,
          undefined,
          { timeout: 60_000 },
        );
        const runs: number[] = [];
        for (let i = 0; i < 3; i++)
          runs.push(
            await page.evaluate(
              (s) => (window as unknown as { exportBench: (s: string) => Promise<number> }).exportBench(s),
              source,
            ),
          );
        await page.close();
        return median(runs);
      };
      const exportBare = await exportTime("bare");
      const exportOurs = await exportTime("journeykit");
      const exportModel = await exportTime("journeykit", "model");
      rows.push([
        "browser PNG, 1,000 cards, 16:9 at 2× (DOM)",
        `${exportOurs.toFixed(0)} ms`,
        `same exporter on bare React Flow, 1,000 nodes: ${exportBare.toFixed(0)} ms`,
        "≤ 3 s",
      ]);
      rows.push([
        'browser PNG, same, source: "model"',
        `${exportModel.toFixed(0)} ms`,
        "drawn from renderSvg, same layout",
        "≤ 3 s",
      ]);
    } finally {
      await browser.close();
      await server.close();
    }

    const libDir = mkdtempSync(join(cache, "editor-bench-lib-"));
    await build({
      configFile: join(here, "..", "vite.config.ts"),
      root: join(here, ".."),
      logLevel: "error",
      build: { outDir: libDir, minify: true, sourcemap: false },
    });
    const js = readFileSync(join(libDir, "index.js"));
    const css = readFileSync(join(libDir, "styles.css"));
    rmSync(outDir, { recursive: true, force: true });
    rmSync(libDir, { recursive: true, force: true });
    rows.push([
      "bundle, min+gz (peers and deps external)",
      `${(gzipSync(js).length / 1024).toFixed(1)} kB`,
      `+ styles.css ${(gzipSync(css).length / 1024).toFixed(1)} kB; minified JS ${(js.length / 1024).toFixed(1)} kB`,
      "≤ 45 kB",
    ]);

    const width = [42, 16, 64, 12];
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(width[i]!)).join(" | ");
    console.log("\n@journeykit/react benchmarks (headless Chromium)");
    console.log(line(["measure", "journeykit", "baseline (same run)", "target"]));
    for (const row of rows) console.log(line(row));
  });
});

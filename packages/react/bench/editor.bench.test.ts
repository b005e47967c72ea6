import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { build, preview } from "vite";
import { describe, it } from "vitest";
import { launchChromium } from "../../../e2e/chromium.js";
import { sourceConditions } from "../../../vitest.shared.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const median = (runs: number[]) => [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
const percentile = (runs: number[], p: number) =>
  [...runs].sort((a, b) => a - b)[Math.min(runs.length - 1, Math.floor(runs.length * p))]!;

describe("editor benchmarks in headless Chromium (figures, not assertions)", () => {
  it("prints render time vs bare React Flow, drag frame times and bundle size", async () => {
    const outDir = mkdtempSync(join(tmpdir(), "journeykit-bench-"));
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
      const firstRender = async (mode: string) => {
        const runs: number[] = [];
        for (let i = 0; i < 3; i++) {
          const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
          await page.goto(`${url}?mode=${mode}`);
          runs.push(
            await page
              .waitForFunction(() => (window as unknown as { benchResult?: number }).benchResult, undefined, {
                timeout: 60_000,
              })
              .then((h) => h.jsonValue() as Promise<number>),
          );
          await page.close();
        }
        return median(runs);
      };
      const bare = await firstRender("bare");
      const ours = await firstRender("journeykit");
      rows.push([
        "first render, 1,000 cards",
        `${ours.toFixed(0)} ms`,
        `bare @xyflow/react, 1,000 nodes: ${bare.toFixed(0)} ms (ratio ${(ours / bare).toFixed(2)}×)`,
        "≤ 1.3×",
      ]);

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

      const dragFrames = async (mode: string, query = "") => {
        const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
        await page.goto(`${url}?mode=${mode}${query}`);
        await page.waitForFunction(
          () => (window as unknown as { benchResult?: number }).benchResult,
          undefined,
          { timeout: 60_000 },
        );
        const box = (await page
          .locator(mode === "bare" ? ".react-flow__node" : "[data-card-id]")
          .nth(3)
          .boundingBox())!;
        await page.evaluate(() => {
          const w = window as unknown as { frames: number[]; last: number; loop: () => void };
          w.frames = [];
          w.last = performance.now();
          w.loop = () => {
            const now = performance.now();
            w.frames.push(now - w.last);
            w.last = now;
            requestAnimationFrame(w.loop);
          };
          requestAnimationFrame(w.loop);
        });
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.down();
        for (let i = 1; i <= 60; i++) {
          await page.mouse.move(box.x + box.width / 2 + i * 6, box.y + box.height / 2 + i * 3);
          await page.waitForTimeout(16);
        }
        await page.mouse.up();
        const frames = (await page.evaluate(() => (window as unknown as { frames: number[] }).frames)).slice(
          2,
        );
        await page.close();
        return frames;
      };
      const frames = await dragFrames("journeykit");
      const bareFrames = await dragFrames("bare");
      rows.push([
        "frame time while dragging a card",
        `p95 ${percentile(frames, 0.95).toFixed(1)} ms`,
        `median ${median(frames).toFixed(1)} ms over ${frames.length} frames; bare @xyflow/react p95 ${percentile(bareFrames, 0.95).toFixed(1)} ms`,
        "p95 ≤ 16 ms",
      ]);
    } finally {
      await browser.close();
      await server.close();
    }

    const libDir = mkdtempSync(join(tmpdir(), "journeykit-lib-"));
    await build({
      configFile: join(here, "..", "vite.config.ts"),
      root: join(here, ".."),
      logLevel: "error",
      build: { outDir: libDir, minify: true, sourcemap: false },
    });
    const js = readFileSync(join(libDir, "index.js"));
    const css = readFileSync(join(libDir, "styles.css"));
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

// Screenshots of the built workshop app's canvas (sample map and the service-blueprint template) at
// 1440x900 and 1024x768 after the first fit, and panned right (lane titles stay at the left edge),
// into .e2e-artifacts/canvas/; prints the zoom after Fit, the card text's on-screen size, and the
// size React Flow's plain fitView (padding 0.06, max zoom 1) would have given the same map. Run after
// `pnpm --filter @journeykit/react build && pnpm --filter @journeykit/workshop build`:
//   node scripts/canvas-screenshots.mjs [light|dark]
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { preview } from "vite";

const scheme = process.argv[2] === "dark" ? "dark" : "light";
const out = fileURLToPath(new URL("../.e2e-artifacts/canvas/", import.meta.url));
mkdirSync(out, { recursive: true });
const server = await preview({
  root: fileURLToPath(new URL("../examples/workshop/", import.meta.url)),
  logLevel: "error",
  preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false },
});
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({
  executablePath: process.env.JOURNEYKIT_CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});

/** Zoom, card text px on screen, and what a plain fitView would have given. */
async function measure(page) {
  return page.evaluate(() => {
    const viewport = document.querySelector(".react-flow__viewport");
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
    const pane = document.querySelector(".react-flow").getBoundingClientRect();
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const node of document.querySelectorAll(".react-flow__node")) {
      const r = node.getBoundingClientRect();
      minX = Math.min(minX, r.left);
      minY = Math.min(minY, r.top);
      maxX = Math.max(maxX, r.right);
      maxY = Math.max(maxY, r.bottom);
    }
    const bw = (maxX - minX) / zoom;
    const bh = (maxY - minY) / zoom;
    const plain = Math.min(1, pane.width / (bw * 1.06), pane.height / (bh * 1.06));
    const card = document.querySelector(".jk-card");
    const cardPx = card ? Number.parseFloat(getComputedStyle(card).fontSize) * zoom : 0;
    const minimap = document.querySelector(".react-flow__minimap");
    return {
      canvas: `${Math.round(pane.width)}x${Math.round(pane.height)}`,
      map: `${Math.round(bw)}x${Math.round(bh)}`,
      zoom: Number(zoom.toFixed(3)),
      cardTextPx: Number(cardPx.toFixed(1)),
      plainFitZoom: Number(plain.toFixed(3)),
      plainFitCardTextPx: Number((13 * plain).toFixed(1)),
      minimap: Boolean(minimap),
    };
  });
}

const report = [];
try {
  for (const [width, height] of [
    [1440, 900],
    [1024, 768],
  ]) {
    for (const which of ["sample", "blueprint"]) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
      const page = await context.newPage();
      if (which === "sample") {
        await page.goto(url);
        await page.waitForURL(/#\/map\//);
      } else {
        await page.goto(`${url}#/`);
        await page.getByRole("button", { name: /Start from template: .*hotel/i }).click();
      }
      await page.locator(".react-flow__node").first().waitFor();
      await page.waitForTimeout(600);
      const name = `${which}-${width}x${height}${scheme === "dark" ? "-dark" : ""}`;
      await page.screenshot({ path: `${out}${name}.png` });
      report.push({ name, ...(await measure(page)) });
      // Pan right: the lane titles stay at the left edge.
      // Drag the empty strip above the stage headers from right to left.
      const pane = await page.locator(".react-flow__pane").boundingBox();
      await page.mouse.move(pane.x + pane.width - 60, pane.y + 10);
      await page.mouse.down();
      await page.mouse.move(pane.x + pane.width - 360, pane.y + 10, { steps: 8 });
      await page.mouse.move(pane.x + pane.width - 660, pane.y + 10, { steps: 8 });
      await page.mouse.up();
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${out}${name}-panned.png` });
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.table(report);

import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from "vitest";
import { generateMap } from "../packages/core/bench/generate-map";
import { launchChromium } from "./chromium";

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  await page.goto(inject("workshopUrl"));
  await page.waitForURL(/#\/map\//);
  await page.locator(".react-flow__node").first().waitFor();
});

async function exportItem(item: RegExp) {
  await page.getByRole("button", { name: /Export/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 120_000 }),
    page.getByRole("menuitem", { name: item }).click(),
  ]);
  return readFileSync(await download.path());
}
const size = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

describe("PNG export from the workshop app", () => {
  test("exports each slide preset at its size, with the map inside", async () => {
    for (const [item, width, height] of [
      [/PNG · 16:9 slide/, 3840, 2160],
      [/PNG · 4:3 slide/, 3200, 2400],
      [/PNG · A4/, 3508, 2480],
    ] as const) {
      const png = await exportItem(item);
      expect(size(png)).toEqual([width, height]);
      expect(png.includes(Buffer.from("journeykit/map"))).toBe(true);
      // Not blank: the map's own text is rendered (the PNG is much larger than a flat image).
      expect(png.length).toBeGreaterThan(200_000);
    }
  });

  test("a 1,000-card map: the whole map at 2x is refused with the largest size that works; a slide exports with progress", async () => {
    const map = generateMap({ stages: 20, lanes: 10, cardsPerCell: 5, personas: 3 });
    await page.getByTestId("open-file-input").setInputFiles({
      name: "large.journey.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(map)),
    });
    // Only the cards in view are in the page on a map this big (issue 12): wait for the first one.
    await page.locator('[data-card-id="c0-0-0"]').waitFor({ state: "attached", timeout: 60_000 });
    await page.getByRole("button", { name: /Export/ }).click();
    await page.getByRole("menuitem", { name: /PNG · whole map/ }).click();
    const error = page.getByRole("alert").filter({ hasText: /export failed/ });
    await error.waitFor({ timeout: 60_000 });
    await expect(error.textContent()).resolves.toMatch(
      /more than this browser can draw .* largest size that works is pixel ratio 1\.\d+/,
    );

    const progress: number[] = [];
    await page.exposeFunction("reportProgress", (value: number) => progress.push(value));
    await page.evaluate(() => {
      new MutationObserver(() => {
        const bar = document.querySelector(
          "progress[aria-label='Export progress']",
        ) as HTMLProgressElement | null;
        if (bar) (window as unknown as { reportProgress: (v: number) => void }).reportProgress(bar.value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const png = await exportItem(/PNG · 16:9 slide/);
    expect(size(png)).toEqual([3840, 2160]);
    expect(progress.length).toBeGreaterThan(0);
  });
});

describe("dot voting", () => {
  test("votes on a pain point and the tally follows", async () => {
    await page.getByRole("tab", { name: "Voting" }).click();
    const tally = page.getByTestId("vote-tally");
    const before = Number((await tally.textContent())!.match(/(\d+) of/)![1]);
    // By keyboard: with the side panel open, the minimap may cover this card on small screens.
    for (let i = 0; i < 2; i++) {
      await page.getByRole("button", { name: /^\+1 vote for "Main course served lukewarm"/ }).focus();
      await page.keyboard.press("Enter");
    }
    await expect(tally.textContent()).resolves.toContain(`${before + 2} of`);
    await page.getByRole("button", { name: "Reset votes…" }).click();
    await page.getByRole("button", { name: "Reset votes", exact: true }).click();
    await expect(tally.textContent()).resolves.toMatch(/^0 of/);
  });
});

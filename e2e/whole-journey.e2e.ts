import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from "vitest";
import { generateMap } from "../packages/core/bench/generate-map";
import { launchChromium, openFreshPage } from "./chromium";

// Fit shows the whole journey on any screen from 1024x768 up; where card text would be unreadable the
// canvas shows its overview (cells with counts, names at a readable size); Readable goes back.
let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await context?.close();
  ({ context, page } = await openFreshPage(browser, errors));
});

/** Every stage and lane header's box lies inside the canvas's box. */
async function allHeadersInView() {
  return page.evaluate(() => {
    const canvas = document.querySelector(".jk-canvas")!.getBoundingClientRect();
    const inside = (r: DOMRect) =>
      r.left >= canvas.left - 1 &&
      r.right <= canvas.right + 1 &&
      r.top >= canvas.top - 1 &&
      r.bottom <= canvas.bottom + 1;
    const headers = [...document.querySelectorAll(".react-flow__node-jkStage, .react-flow__node-jkLane")];
    return {
      count: headers.length,
      outside: headers.filter((h) => !inside(h.getBoundingClientRect())).length,
    };
  });
}

describe("the whole journey on one screen", () => {
  for (const viewport of [
    { width: 1024, height: 768, theme: "light" },
    { width: 1440, height: 900, theme: "dark" },
  ] as const) {
    test(`${viewport.width}x${viewport.height} (${viewport.theme}): Fit shows every stage and lane of a 20-stage, 9-lane map; Readable goes back to readable cards`, async () => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: viewport.theme });
      await page.goto(inject("workshopUrl"));
      await page.waitForURL(/#\/map\//);
      const map = generateMap({ stages: 20, lanes: 9, cardsPerCell: 2, personas: 2 });
      await page.getByTestId("open-file-input").setInputFiles({
        name: "wide.journey.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(map)),
      });
      await page.locator(".react-flow__node-jkStage").first().waitFor();
      await page.getByRole("button", { name: "Fit", exact: true }).click();
      await page.locator(".jk-canvas[data-overview]").waitFor();
      await page.waitForTimeout(400);
      const headers = await allHeadersInView();
      expect(headers.count).toBe(map.stages.length + map.lanes.length);
      expect(headers.outside).toBe(0);
      // The overview: no card is drawn, each cell says how many it holds, names are readable.
      await expect(page.locator(".react-flow__node-jkCard").count()).resolves.toBe(0);
      await expect(page.locator(".jk-cell-count").first().textContent()).resolves.toBe("2");
      // Twenty stages at this width: each stage keeps its number, a name only where a word fits.
      await expect(page.locator(".jk-overview-stage .jk-overview-number").count()).resolves.toBe(
        map.stages.length,
      );
      const name = page.locator(".jk-overview-lane .jk-overview-name").first();
      await expect(name.textContent()).resolves.toBe(map.lanes[0]!.title);
      const size = await name.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
      expect(size).toBeGreaterThanOrEqual(11);
      await page.screenshot({ path: `.e2e-artifacts/whole-journey-${viewport.width}-${viewport.theme}.png` });

      await page.getByRole("button", { name: "Readable", exact: true }).click();
      await page.locator(".react-flow__node-jkCard").first().waitFor();
      await expect(page.locator(".jk-canvas[data-overview]").count()).resolves.toBe(0);
      const zoom = await page.evaluate(() => {
        const transform = getComputedStyle(document.querySelector(".react-flow__viewport")!).transform;
        return new DOMMatrixReadOnly(transform).a;
      });
      expect(13 * zoom).toBeGreaterThanOrEqual(11);
      expect(errors).toEqual([]);
    });
  }

  test("1024x768: in the overview each stage keeps its metrics readable, the numbers first", async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(inject("workshopUrl"));
    await page.waitForURL(/#\/map\//);
    await page.locator(".react-flow__node-jkStage").first().waitFor();
    await page.getByRole("button", { name: "Fit", exact: true }).click();
    await page.locator(".jk-canvas[data-overview]").waitFor();
    // The sample map's last stage carries NPS +47 (n=310): its number and its n are on screen, 11 px.
    const nps = page.locator(".jk-overview-stage .jk-overview-metric", { hasText: "+47" });
    await expect(nps.textContent()).resolves.toMatch(/^NPS \+47( · )?n=310$/);
    await expect(nps.count()).resolves.toBe(1);
    const shown = await nps.evaluate((el) => ({
      px: Number.parseFloat(getComputedStyle(el).fontSize),
      cut: el.scrollWidth > el.clientWidth,
    }));
    expect(shown.px).toBeGreaterThanOrEqual(11);
    expect(shown.cut).toBe(false);
    expect(errors).toEqual([]);
  });
});

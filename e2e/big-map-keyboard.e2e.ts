import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { generateMap } from "../packages/core/bench/generate-map";
import { launchChromium, openFreshPage } from "./chromium";

// Issue 12: on a 1,000-card map only what is in view is drawn, and the keyboard still reaches every
// cell: arrows walk to a cell far off screen, the canvas pans to it, and a card added there by
// keyboard is on screen. Keys only (no clicks on the map, no focus() from the test).

let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];
const shots = new URL("../.e2e-artifacts/keyboard/", import.meta.url);

beforeAll(async () => {
  browser = await launchChromium();
  ({ context, page } = await openFreshPage(browser, errors));
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** The focused element's grid place and whether its box is inside the canvas's box. */
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const canvas = document.querySelector(".react-flow")?.getBoundingClientRect();
    const box = el?.getBoundingClientRect();
    const inView =
      !!canvas &&
      !!box &&
      box.width > 0 &&
      box.left >= canvas.left &&
      box.right <= canvas.right &&
      box.top >= canvas.top &&
      box.bottom <= canvas.bottom;
    return {
      grid: el?.dataset?.grid ?? null,
      lane: el?.dataset?.gridLane ?? null,
      stage: el?.dataset?.gridStage ?? null,
      text: (el?.querySelector(".jk-card-text") ?? el)?.textContent?.trim() ?? "",
      inView,
    };
  });

/** A key that moves focus, then the wait until focus has moved (an off-screen item is drawn first). */
async function step(key: string) {
  const where = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.id ?? "";
    });
  const before = await where();
  await page.keyboard.press(key);
  await page.waitForFunction((id) => (document.activeElement?.id ?? "") !== id, before);
}

describe("a 1,000-card map in the workshop, by keyboard", () => {
  test("arrows reach a cell off screen, which pans into view; a card added there by keyboard is seen", async () => {
    const map = generateMap({ stages: 20, lanes: 10, cardsPerCell: 5 });
    expect(map.cards).toHaveLength(1000);
    await page.goto(`${inject("workshopUrl")}#/`);
    await page.getByTestId("open-file-input").setInputFiles({
      name: "big.journey.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(map)),
    });
    await page.locator('[data-card-id="c0-0-0"]').waitFor();
    // Only what is in view is drawn: far fewer than 1,000 cards in the page.
    const drawn = await page.locator("[data-card-id]").count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(400);
    await expect(page.locator('[data-card-id="c19-9-0"]').count()).resolves.toBe(0);

    // Tab into the map's grid: its one Tab stop is the first cell.
    let start = await focused();
    for (let n = 0; n < 80 && start.grid === null; n++) {
      await page.keyboard.press("Tab");
      start = await focused();
    }
    expect(start).toMatchObject({ grid: "cell", lane: "l0", stage: "s0" });

    // To the last stage's cell in the last lane: 19 × →, then ↓ through each lane's cell and its 5 cards
    // (and, in the Touchpoints lane, the stage's touchpoints before them); whatever has focus is on
    // screen at every step.
    for (let i = 0; i < 19; i++) {
      await step("ArrowRight");
      await expect.poll(focused).toMatchObject({ grid: "cell", stage: `s${i + 1}`, inView: true });
    }
    const touchpoints = map.touchpoints.filter((t) => t.stageId === "s19").length;
    for (let i = 0; i < 9 * 6 + touchpoints; i++) {
      await step("ArrowDown");
      await expect.poll(async () => (await focused()).inView).toBe(true);
    }
    await expect.poll(focused).toMatchObject({ grid: "cell", lane: "l9", stage: "s19", inView: true });
    // The map panned down: the stage headers stay at the canvas's top edge, clear of the focused cell.
    const flowBox = (await page.locator(".react-flow").boundingBox())!;
    const header = (await page.locator('.jk-stage[data-stage-id="s19"]').boundingBox())!;
    const cell = (await page.locator(":focus").boundingBox())!;
    expect(header.y).toBeGreaterThanOrEqual(flowBox.y - 1);
    expect(header.y).toBeLessThan(flowBox.y + 4);
    expect(cell.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: new URL("big-map-far-cell-1440x900.png", shots).pathname });

    // N adds a card there and opens it for typing; Enter commits it; it is on screen.
    await page.keyboard.press("n");
    await page.getByRole("textbox", { name: "Card text" }).waitFor();
    await page.keyboard.type("Added by keyboard far away");
    await page.keyboard.press("Enter");
    await expect
      .poll(focused)
      .toMatchObject({ grid: "card", text: "Added by keyboard far away", inView: true });
    expect(errors).toEqual([]);
  });
});

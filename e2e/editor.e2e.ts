import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from "vitest";
import { launchChromium } from "./chromium";

let browser: Browser;
let page: Page;
const T = "restaurant-complaint-recovery";

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  page = await context.newPage();
  // The first visit opens the restaurant sample in the editor.
  await page.goto(inject("workshopUrl"));
  await page.waitForURL(/#\/map\//);
  await page.locator(".react-flow__node").first().waitFor();
  await page.waitForTimeout(300);
});

const card = (id: string) => page.locator(`[data-card-id="${T}-stage-${id}"]`);
const stageOf = (id: string) => card(id).locator("[data-card-description]").textContent();
const center = async (selector: string) => {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};
async function drag(from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(from.x + ((to.x - from.x) * i) / 10, from.y + ((to.y - from.y) * i) / 10);
  await page.mouse.up();
  await page.waitForTimeout(200);
}

describe("editor in a real browser", () => {
  test("adds a card with the keyboard", async () => {
    await card("recover-actions-1").focus();
    await page.keyboard.press("n");
    await page.getByRole("textbox", { name: "Card text" }).fill("Offers a free dessert");
    await page.keyboard.press("Enter");
    const added = page.getByRole("button", { name: "Offers a free dessert" });
    await expect(added.locator("[data-card-description]").textContent()).resolves.toMatch(
      /Complaint and recovery stage$/,
    );
  });

  test("drags a card to another cell, and undo puts it back", async () => {
    const target = `[data-cell="${T}-lane-painPoints:${T}-stage-pay"]`;
    await drag(await center(`[data-card-id="${T}-stage-serve-painPoints-2"]`), await center(target));
    await expect(stageOf("serve-painPoints-2")).resolves.toMatch(/Pay and leave stage$/);
    await page.getByRole("button", { name: /Undo/ }).click();
    await expect(stageOf("serve-painPoints-2")).resolves.toMatch(/The dish arrives cold stage$/);
    await page.getByRole("button", { name: /Redo/ }).click();
    await expect(stageOf("serve-painPoints-2")).resolves.toMatch(/Pay and leave stage$/);
  });

  test("drags an emotion point up; the score snaps to an integer and the drag is one undo step", async () => {
    const slider = page.getByRole("slider", { name: "Claire's emotion at Wait for the main" });
    await expect(slider.getAttribute("aria-valuenow")).resolves.toBe("0");
    const levels = await page
      .locator(".jk-level")
      .evaluateAll((lines) => lines.map((l) => l.getBoundingClientRect().y));
    const step = Math.abs(levels[1]! - levels[0]!);
    const start = await center(`.jk-point[aria-label="Claire's emotion at Wait for the main"]`);
    await drag(start, { x: start.x, y: start.y - 2.2 * step });
    await expect(slider.getAttribute("aria-valuenow")).resolves.toBe("2");
    await page.keyboard.press("Control+z");
    await expect(slider.getAttribute("aria-valuenow")).resolves.toBe("0");
  });

  test("reorders stages by dragging a header", async () => {
    const first = await center(`.react-flow__node[data-id="stage:${T}-stage-arrive"]`);
    const third = await center(`.react-flow__node[data-id="stage:${T}-stage-serve"]`);
    await drag({ x: first.x - 40, y: first.y + 20 }, { x: third.x, y: first.y + 20 });
    await page.getByRole("button", { name: "Stage 1: Wait for the main" }).waitFor();
    await expect(page.getByRole("button", { name: /^Stage 3: Arrive and order$/ }).count()).resolves.toBe(1);
  });

  test("reorders lanes by dragging a lane title", async () => {
    const thoughts = await center(`.react-flow__node[data-id="lane:${T}-lane-thoughts"]`);
    const actions = await center(`.react-flow__node[data-id="lane:${T}-lane-actions"]`);
    await drag({ x: thoughts.x, y: thoughts.y }, { x: thoughts.x, y: actions.y - 10 });
    const order = await page.locator(".jk-lane-title").evaluateAll((titles) =>
      titles
        .map((t) => [t.textContent?.trim(), t.getBoundingClientRect().y] as const)
        .sort((a, b) => a[1] - b[1])
        .map((t) => t[0]),
    );
    expect(order.slice(0, 2)).toEqual(["Thoughts", "Actions"]);
  });

  test("toggles a persona's curve from the legend", async () => {
    await expect(page.locator(`g.jk-curve[data-persona-id="${T}-persona-raj"]`).count()).resolves.toBe(1);
    await page.getByRole("button", { name: "Hide Raj's curve" }).click();
    await expect(page.locator(`g.jk-curve[data-persona-id="${T}-persona-raj"]`).count()).resolves.toBe(0);
    await page.getByRole("button", { name: "Show Raj's curve" }).click();
    await expect(page.locator(`g.jk-curve[data-persona-id="${T}-persona-raj"]`).count()).resolves.toBe(1);
  });
});

describe("read-only viewer", () => {
  test("blocks editing", async () => {
    await page.goto(`${inject("embedUrl")}?readonly`);
    const note = page.locator("[data-card-id]").first();
    await note.waitFor();
    const before = await page.locator("[data-card-id]").count();
    await expect(page.getByRole("button", { name: "+ Card" }).count()).resolves.toBe(0);
    await note.dblclick();
    await expect(page.getByRole("textbox", { name: "Card text" }).count()).resolves.toBe(0);
    await note.focus();
    await page.keyboard.press("Delete");
    await page.keyboard.press("n");
    await expect(page.locator("[data-card-id]").count()).resolves.toBe(before);
  });
});

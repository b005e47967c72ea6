import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from "vitest";
import { launchChromium } from "./chromium";

let browser: Browser;
let context: BrowserContext | undefined;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(viewport: { width: number; height: number }, template?: RegExp) {
  await context?.close();
  context = await browser.newContext({ viewport });
  page = await context.newPage();
  errors.length = 0;
  page.on("pageerror", (error) => errors.push(error.message));
  if (template) {
    await page.goto(`${inject("workshopUrl")}#/`);
    await page.getByRole("button", { name: template }).click();
  } else {
    await page.goto(inject("workshopUrl"));
    await page.waitForURL(/#\/map\//);
  }
  await page.locator(".react-flow__node").first().waitFor();
  await page.waitForTimeout(400);
}

/** Card text size on screen: the card's CSS font size times the viewport's zoom. */
const cardTextPx = () =>
  page.evaluate(() => {
    const viewport = document.querySelector(".react-flow__viewport") as HTMLElement;
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
    const card = document.querySelector(".jk-card") as HTMLElement;
    return Number.parseFloat(getComputedStyle(card).fontSize) * zoom;
  });

describe("canvas: readable at a glance", () => {
  beforeEach(() => {
    errors.length = 0;
  });

  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 1024, height: 768 },
  ]) {
    test(`card text stays at least 11 px after the first fit and after Readable (${viewport.width}x${viewport.height})`, async () => {
      await open(viewport);
      expect(await cardTextPx()).toBeGreaterThanOrEqual(10.9);
      await page.getByRole("button", { name: "Zoom out" }).first().click();
      await page.getByRole("button", { name: "Zoom out" }).first().click();
      await page.waitForTimeout(300);
      expect(await cardTextPx()).toBeLessThan(10.9);
      await page.getByRole("button", { name: "Readable", exact: true }).click();
      await page.waitForTimeout(400);
      expect(await cardTextPx()).toBeGreaterThanOrEqual(10.9);
      expect(errors).toEqual([]);
    });
  }

  test("the minimap starts hidden when it would cover the map, and its button shows and hides it", async () => {
    await open({ width: 1024, height: 768 });
    expect(await page.locator(".react-flow__minimap").count()).toBe(0);
    await page.getByRole("button", { name: "Show minimap" }).click();
    await expect(page.locator(".react-flow__minimap").count()).resolves.toBe(1);
    await page.getByRole("button", { name: "Hide minimap" }).click();
    await expect(page.locator(".react-flow__minimap").count()).resolves.toBe(0);
  });

  test("lane titles stay at the left edge when the map pans sideways", async () => {
    await open({ width: 1440, height: 900 });
    const lane = page.getByRole("button", { name: "Lane: Actions" });
    const flow = (await page.locator(".react-flow").boundingBox())!;
    const before = (await lane.boundingBox())!;
    await page.mouse.move(flow.x + flow.width - 60, flow.y + 8);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(flow.x + flow.width - 60 - 60 * i, flow.y + 8);
    await page.mouse.up();
    await page.waitForTimeout(200);
    const card = (await page.locator(".jk-card").first().boundingBox())!;
    const after = (await lane.boundingBox())!;
    expect(card.x).toBeLessThan(before.x); // the map moved left...
    expect(after.x).toBeGreaterThanOrEqual(flow.x - 1); // ...its lane titles stayed in view
    expect(after.x).toBeLessThanOrEqual(before.x);
    await expect(lane.isVisible()).resolves.toBe(true);
  });
});

describe("canvas: service blueprint and touchpoints", () => {
  test("the blueprint template draws its three lines with their names", async () => {
    await open({ width: 1440, height: 900 }, /Start from template: .*hotel/i);
    for (const name of ["Line of interaction", "Line of visibility", "Line of internal interaction"]) {
      const line = page.getByRole("img", { name });
      await expect(line.count()).resolves.toBe(1);
      await expect(line.locator("text").textContent()).resolves.toBe(name);
    }
    expect(errors).toEqual([]);
  });

  test("a touchpoint added in the editor shows in its stage's touchpoints lane, and a click selects it", async () => {
    await open({ width: 1440, height: 900 });
    const before = await page.locator("[data-touchpoint-id]").count();
    await page.getByRole("button", { name: "+ Touchpoint" }).click();
    await expect(page.locator("[data-touchpoint-id]").count()).resolves.toBe(before + 1);
    const added = page.getByRole("button", { name: "Touchpoint New touchpoint (Web)" });
    await added.click();
    await expect(added.getAttribute("aria-pressed")).resolves.toBe("true");
    const lane = (await page.locator(".jk-lane--touchpoints").boundingBox())!;
    const box = (await added.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(lane.y - 1);
    expect(box.y + box.height).toBeLessThanOrEqual(lane.y + lane.height + 1);
  });

  test("a shortened metric shows its full text on keyboard focus, above the cards", async () => {
    await open({ width: 1440, height: 900 });
    const metric = page.locator(".jk-metric", { hasText: "Ease of resolving" });
    const full = await metric.getAttribute("title");
    expect(full).toMatch(/^Complaint and recovery · Ease of resolving the complaint/);
    await page.keyboard.press("Shift"); // focus from the keyboard: :focus-visible, as after Tab
    await metric.focus();
    const tip = await metric.evaluate((el) => getComputedStyle(el, "::after").content);
    expect(tip).toBe(JSON.stringify(full));
    // The tip is not hidden under the cards: the metric's node is lifted above every card's node.
    const [metricLayer, topCardLayer] = await metric.evaluate((el) => {
      const layer = (node: Element | null) => Number(getComputedStyle(node as Element).zIndex) || 0;
      const cards = [...document.querySelectorAll(".jk-card")].map((card) =>
        layer(card.closest(".react-flow__node")),
      );
      return [layer(el.closest(".react-flow__node")), Math.max(...cards)];
    });
    expect(metricLayer).toBeGreaterThan(topCardLayer);
  });
});

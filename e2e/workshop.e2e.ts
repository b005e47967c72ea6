import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from "vitest";
import { launchChromium, openFreshPage } from "./chromium";

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
  // A fresh profile per test: empty IndexedDB and localStorage.
  await context?.close();
  ({ context, page } = await openFreshPage(browser, errors));
});

async function openFromTemplate(title: RegExp) {
  await page.goto(`${inject("workshopUrl")}#/`);
  await page.getByRole("button", { name: title }).click();
  await page.locator(".react-flow__node").first().waitFor();
}

describe("workshop app", () => {
  test("the first visit opens the sample map in the editor", async () => {
    await page.goto(inject("workshopUrl"));
    await page.waitForURL(/#\/map\//);
    await page.locator(".react-flow__node").first().waitFor();
    await expect(page.locator(".ws-map-title").textContent()).resolves.toMatch(/\S/);
    expect(errors).toEqual([]);
  });

  test("an edit survives a reload (autosave to IndexedDB)", async () => {
    await openFromTemplate(/Start from template: .*coffee/i);
    const card = page.locator('[data-card-id="coffee-shop-mobile-ordering-stage-order-actions-1"]');
    await card.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("textbox", { name: "Card text" }).fill("Reorders her usual oat latte in one tap");
    await page.keyboard.press("Enter");
    await page.getByRole("tab", { name: "Voting" }).click();
    await page.getByLabel("Participants").fill("11");
    await page.getByText(/Saved/).waitFor();
    await page.waitForTimeout(1100); // autosave writes at most one second after the last change
    const url = page.url();
    await page.reload();
    await page.waitForURL(url);
    await expect(card.textContent()).resolves.toContain("Reorders her usual oat latte in one tap");
    await page.getByRole("tab", { name: "Voting" }).click();
    await expect(page.getByLabel("Participants").inputValue()).resolves.toBe("11");
  });

  test("opening a broken file shows what is wrong and where, and leaves the map intact", async () => {
    await openFromTemplate(/Start from template: .*gym/i);
    const title = await page.locator(".ws-map-title").textContent();
    const broken = JSON.stringify({ format: "journeykit/map", version: 1, id: "x", title: 5 });
    await page.getByTestId("open-file-input").setInputFiles({
      name: "broken.journey.json",
      mimeType: "application/json",
      buffer: Buffer.from(broken),
    });
    const alert = page.getByRole("alert", { name: "File could not be opened" });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/title/);
    await expect(page.locator(".ws-map-title").textContent()).resolves.toBe(title);
  });

  test("presenter mode tells the story: overview, each stage with its data, summary", async () => {
    await openFromTemplate(/Start from template: .*restaurant/i);
    await page.getByRole("button", { name: "Present" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await dialog.getByText("Overview", { exact: true }).waitFor();
    await dialog.getByRole("img", { name: /^Emotion curves/ }).waitFor();
    for (const size of [
      { width: 1440, height: 900 },
      { width: 1024, height: 768 },
    ]) {
      await page.setViewportSize(size);
      await page.screenshot({ path: `.e2e-artifacts/presenter-overview-${size.width}.png` });
    }
    await page.keyboard.press("ArrowRight");
    await dialog.getByText(/Stage 1 of \d+/).waitFor();
    const first = await dialog.locator(".ws-slide-title").textContent();
    await page.screenshot({ path: ".e2e-artifacts/presenter-stage-1024.png" });
    await page.keyboard.press("ArrowRight");
    await dialog.getByText(/Stage 2 of \d+/).waitFor();
    expect(await dialog.locator(".ws-slide-title").textContent()).not.toBe(first);
    await page.keyboard.press("End");
    await dialog.getByText("Summary", { exact: true }).waitFor();
    await expect(dialog.locator(".ws-slide-title").textContent()).resolves.toBe("What to act on");
    await page.screenshot({ path: ".e2e-artifacts/presenter-summary-1024.png" });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.keyboard.press("Escape");
    await expect(dialog.count()).resolves.toBe(0);
  });

  test("exports PNG (16:9) and PPTX from the menu", async () => {
    await openFromTemplate(/Start from template: Online store: checkout anxiety/i);
    for (const [item, extension] of [
      [/PNG · 16:9 slide/, ".png"],
      [/PowerPoint/, ".pptx"],
    ] as const) {
      await page.getByRole("button", { name: /Export/ }).click();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("menuitem", { name: item }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`${extension.replace(".", "\\.")}$`));
      const path = await download.path();
      const bytes = readFileSync(path);
      if (extension === ".png") {
        expect(bytes.subarray(1, 4).toString()).toBe("PNG");
        // The 16:9 slide frame (1920 × 1080) at the menu's pixel ratio of 2.
        expect(bytes.readUInt32BE(16)).toBe(3840);
        expect(bytes.readUInt32BE(20)).toBe(2160);
        expect(bytes.includes(Buffer.from("journeykit/map"))).toBe(true);
        writeFileSync(join(tmpdir(), "journeykit-e2e-16x9.png"), bytes);
      } else {
        expect(bytes.subarray(0, 2).toString()).toBe("PK");
      }
    }
    await expect(page.getByRole("alert").count()).resolves.toBe(0);
  });
});

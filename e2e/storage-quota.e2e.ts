import { mkdirSync, readFileSync } from "node:fs";
import type { Browser, BrowserContext, Dialog, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from "vitest";
import { fillCardText } from "./card-text";
import { launchChromium } from "./chromium";

let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];
const SHOTS = ".e2e-artifacts/storage-quota";

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});
beforeEach(async () => {
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  // Before any script of the app: once the test "fills the disk", every IndexedDB put fails as a
  // full quota does. The first load (and the sample map's seed) still works.
  await context.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore["put"]>
    ) {
      if (localStorage.getItem("journeykit-test:disk-full") === "1")
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return put.apply(this, args);
    };
  });
  page = await context.newPage();
  errors.length = 0;
  page.on("pageerror", (error) => errors.push(error.message));
});

const fillDisk = () => page.evaluate(() => localStorage.setItem("journeykit-test:disk-full", "1"));
const quotaMessage = () => page.getByRole("alert", { name: "Not saved: this browser's storage is full." });

async function editCard(id: string, text: string) {
  await page.locator(`[data-card-id="${id}"]`).focus();
  await page.keyboard.press("Enter");
  await fillCardText(page, text);
  await page.keyboard.press("Enter");
}

describe("workshop app when the browser's storage is full", () => {
  test("an edit that cannot be saved: the message, Save to file, and a prompt before closing", async () => {
    await page.goto(inject("workshopUrl"));
    await page.waitForURL(/#\/map\//);
    const id = await page.locator("[data-card-id]").first().getAttribute("data-card-id");
    if (!id) throw new Error("the sample map has no card");
    await fillDisk();

    await editCard(id, "Written on a full disk");
    await quotaMessage().waitFor();
    await expect(quotaMessage().textContent()).resolves.toMatch(
      /delete maps you no longer need from Your maps/,
    );
    await expect(page.locator(".ws-save-status").textContent()).resolves.toBe("Not saved: storage full");
    for (const [width, height] of [
      [1440, 900],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `${SHOTS}/quota-${width}x${height}.png` });
    }

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      quotaMessage().getByRole("button", { name: "Save to file" }).click(),
    ]);
    const saved = JSON.parse(readFileSync(await download.path(), "utf8"));
    expect(saved.cards.find((c: { id: string }) => c.id === id)?.text).toBe("Written on a full disk");

    // More work after the file was saved: closing the tab asks first.
    await editCard(id, "Written after saving the file");
    await expect.poll(() => page.locator(".ws-save-status").textContent()).toBe("Not saved: storage full");
    const dialogs: Dialog[] = [];
    const asked = new Promise<void>((resolve) =>
      page.on("dialog", (dialog) => {
        dialogs.push(dialog);
        void dialog.accept();
        resolve();
      }),
    );
    await page.close({ runBeforeUnload: true });
    await asked;
    expect(dialogs.map((d) => d.type())).toEqual(["beforeunload"]);
    expect(errors).toEqual([]);
  });

  test("new map and open file still open, say they are not stored, and are listed on the start page", async () => {
    await page.goto(`${inject("workshopUrl")}#/`);
    await page.getByRole("button", { name: "New blank map" }).waitFor();
    await fillDisk();

    await page.getByRole("button", { name: "New blank map" }).click();
    await page.waitForURL(/#\/map\//);
    await quotaMessage().waitFor();
    await expect(page.locator(".ws-map-title").textContent()).resolves.toBe("Untitled journey");

    const map = {
      format: "journeykit/map",
      version: 1,
      id: "opened-on-a-full-disk",
      title: "Opened on a full disk",
      state: "current",
      personas: [],
      stages: [{ id: "s1", name: "Arrive" }],
      lanes: [{ id: "l1", kind: "actions", title: "Actions" }],
      touchpoints: [],
      cards: [{ id: "c1", laneId: "l1", stageId: "s1", text: "Only in this tab" }],
      emotions: [],
      momentsOfTruth: [],
      metrics: [],
      createdAt: "2026-01-01T00:00:00.000Z",
      updatedAt: "2026-01-01T00:00:00.000Z",
    };
    await page.getByTestId("open-file-input").setInputFiles({
      name: "full.journey.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(map)),
    });
    await expect.poll(() => page.locator(".ws-map-title").textContent()).toBe("Opened on a full disk");
    await quotaMessage().waitFor();
    await page.locator('[data-card-id="c1"]').waitFor();

    await page.getByRole("link", { name: /journeykit/ }).click();
    const held = page.getByRole("list", { name: "Maps not stored yet" });
    await held.waitFor();
    const titles = await held.getByRole("link").allTextContents();
    expect(titles.sort()).toEqual(["Opened on a full disk", "Untitled journey"]);
    await page.screenshot({ path: `${SHOTS}/start-not-stored-1440x900.png` });
    await held.getByRole("link", { name: "Opened on a full disk" }).click();
    await expect(page.locator('[data-card-id="c1"]').textContent()).resolves.toContain("Only in this tab");
    expect(errors).toEqual([]);
  });
});

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { createServer, type ViteDevServer } from "vite";
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
  await context?.close();
  await browser?.close();
});
beforeEach(async () => {
  await context?.close();
  ({ context, page } = await openFreshPage(browser, errors));
});

/** Ways a browser withholds IndexedDB, each installed before any of the app's scripts run. */
const withoutIndexedDb: [string, () => void][] = [
  [
    "indexedDB is undefined",
    () => {
      Object.defineProperty(window, "indexedDB", { value: undefined, configurable: true });
    },
  ],
  [
    "indexedDB.open throws SecurityError",
    () => {
      IDBFactory.prototype.open = () => {
        throw new DOMException("The operation is insecure.", "SecurityError");
      };
    },
  ],
];

const warning = () => page.getByRole("status", { name: "Your work is not kept in this browser." });

describe("workshop app without IndexedDB", () => {
  test.each(withoutIndexedDb)(
    "%s: the sample map opens, the warning shows, a card can be edited",
    async (_, block) => {
      await page.addInitScript(block);
      await page.goto(inject("workshopUrl"));
      await page.waitForURL(/#\/map\//);
      const card = page.locator("[data-card-id]").first();
      await card.waitFor();
      await warning().waitFor();
      expect(await warning().isVisible()).toBe(true);
      await expect(warning().textContent()).resolves.toMatch(
        /Why: (IndexedDB refused to open|this browser offers no IndexedDB)/,
      );

      const id = await card.getAttribute("data-card-id");
      await card.focus();
      await page.keyboard.press("Enter");
      await page.getByRole("textbox", { name: "Card text" }).fill("Edited with IndexedDB blocked");
      await page.keyboard.press("Enter");
      const edited = page.locator(`[data-card-id="${id}"]`);
      await expect(edited.textContent()).resolves.toContain("Edited with IndexedDB blocked");
      await page.getByText("Kept in this tab only").waitFor();

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        warning().getByRole("button", { name: "Save to file" }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.journey\.json$/);
      const saved = JSON.parse(readFileSync(await download.path(), "utf8"));
      expect(saved.cards.find((c: { id: string }) => c.id === id)?.text).toBe(
        "Edited with IndexedDB blocked",
      );
      expect(errors).toEqual([]);
    },
  );

  test("an open request that never answers: the app starts in memory after the timeout", async () => {
    await page.addInitScript(() => {
      // A request object whose events never fire, like a hung or blocked open.
      IDBFactory.prototype.open = () => ({}) as IDBOpenDBRequest;
    });
    await page.goto(inject("workshopUrl"));
    await page.getByText("Opening your maps…").waitFor();
    await page.waitForURL(/#\/map\//, { timeout: 10_000 });
    await page.locator("[data-card-id]").first().waitFor();
    await expect(warning().textContent()).resolves.toMatch(/did not answer within 3 s/);
    expect(errors).toEqual([]);
  });

  test("a new blank map works in memory, and the start screen warns too", async () => {
    await page.addInitScript(withoutIndexedDb[1]![1]);
    await page.goto(`${inject("workshopUrl")}#/`);
    await warning().waitFor();
    await page.getByRole("button", { name: "New blank map" }).click();
    await page.waitForURL(/#\/map\//);
    await expect(page.locator(".ws-map-title").textContent()).resolves.toBe("Untitled journey");
    await warning().getByRole("button", { name: "Save to file" }).waitFor();
    await page.getByRole("link", { name: /journeykit/ }).click();
    await page.getByRole("listitem", { name: "Untitled journey" }).waitFor();
    expect(errors).toEqual([]);
  });
});

describe("workshop app with IndexedDB", () => {
  test("shows no storage warning and seeds exactly one sample map", async () => {
    await page.goto(inject("workshopUrl"));
    await page.waitForURL(/#\/map\//);
    await page.locator("[data-card-id]").first().waitFor();
    await expect(warning().count()).resolves.toBe(0);
    await page.getByRole("link", { name: /journeykit/ }).click();
    const maps = page.getByRole("list", { name: "Your maps" }).getByRole("listitem");
    await maps.first().waitFor();
    await expect(maps.count()).resolves.toBe(1);
  });
});

describe("workshop app in development (StrictMode runs effects twice)", () => {
  let server: ViteDevServer | undefined;
  afterAll(async () => {
    await server?.close();
  });

  test("the first visit seeds exactly one sample map", async () => {
    server = await createServer({
      root: fileURLToPath(new URL("../examples/workshop/", import.meta.url)),
      configFile: fileURLToPath(new URL("../examples/workshop/vite.config.ts", import.meta.url)),
      logLevel: "error",
      server: { host: "127.0.0.1", port: 0, strictPort: false, open: false },
    });
    await server.listen();
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error("vite dev server did not report a local URL");
    await page.goto(url);
    await page.waitForURL(/#\/map\//, { timeout: 30_000 });
    await page.locator("[data-card-id]").first().waitFor({ timeout: 30_000 });
    await page.getByRole("link", { name: /journeykit/ }).click();
    const maps = page.getByRole("list", { name: "Your maps" }).getByRole("listitem");
    await maps.first().waitFor();
    await page.waitForTimeout(300); // a second, late seed would show up here
    await expect(maps.count()).resolves.toBe(1);
  });
});

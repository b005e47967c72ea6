// docs/embedding.md in the built embed example: the editor in one component (index.html) and the
// custom layout built from its parts (custom-layout.html) are styled alike, in light and dark.
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { generateMap } from "../packages/core/bench/generate-map";
import { launchChromium } from "./chromium";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(new URL(path, inject("embedUrl")).href);
  await page.locator(".react-flow__node").first().waitFor();
  return page;
}

/** Computed styles a person sees, per part of the editor. */
function looks(page: Page) {
  return page.evaluate(() => {
    const style = (selector: string, ...props: string[]) => {
      const element = document.querySelector(selector);
      if (!element) return null;
      const computed = getComputedStyle(element);
      return Object.fromEntries(props.map((p) => [p, computed.getPropertyValue(p)]));
    };
    return {
      roots: document.querySelectorAll(".jk-root").length,
      root: style(".jk-root", "font-family", "color", "background-color", "--jk-accent", "--jk-surface"),
      toolbar: style(".jk-toolbar", "background-color", "border-bottom-color", "padding-top", "display"),
      button: style(".jk-toolbar .jk-button", "height", "border-top-color", "border-radius", "color"),
      canvas: style(".jk-canvas .react-flow", "background-color"),
      stage: style(".jk-stage", "background-color"),
      card: style(".jk-card", "border-radius", "color"),
      inspector: style(".jk-inspector", "width", "background-color", "border-left-color"),
    };
  });
}

describe("the custom layout of docs/embedding.md", () => {
  test("its parts sit inside one .jk-root and look exactly like <JourneyMapEditor>", async () => {
    const custom = await open("custom-layout.html");
    const parts = await custom.evaluate(() =>
      [".jk-toolbar", ".jk-canvas", ".jk-inspector", ".jk-emotion-curve"].map(
        (selector) =>
          document.querySelector(selector)?.closest(".jk-root") === document.querySelector(".jk-root"),
      ),
    );
    expect(parts).toEqual([true, true, true, true]);
    const layout = await looks(custom);
    expect(layout.roots).toBe(1);
    // The host's brand variables are applied...
    expect(layout.root?.["--jk-accent"]).toBe("#0f766e");
    expect(layout.root?.["font-family"]).toMatch(/Georgia/);
    // ...and the editor's stylesheet styles the parts (unstyled, a toolbar is a transparent block).
    expect(layout.toolbar?.display).toBe("flex");
    expect(layout.toolbar?.["background-color"]).toBe("rgb(255, 255, 255)");
    expect(layout.stage?.["background-color"]).toBe("rgb(236, 253, 245)");
    expect(layout.canvas?.["background-color"]).toBe("rgb(247, 248, 250)");
    expect(layout.inspector?.width).toBe("320px");

    const editor = await looks(await open(""));
    expect(editor.roots).toBe(1);
    expect(layout).toEqual(editor);
  });

  test("dark: the theme applies to the custom layout as to the editor", async () => {
    const layout = await looks(await open("custom-layout.html?theme=dark"));
    expect(layout.root?.["background-color"]).toBe("rgb(21, 25, 34)");
    expect(layout.toolbar?.["background-color"]).toBe("rgb(27, 32, 43)");
    expect(layout.canvas?.["background-color"]).toBe("rgb(17, 21, 29)");
    expect(layout.button?.color).toBe("rgb(238, 241, 246)");
    const editor = await looks(await open("?theme=dark"));
    expect(layout).toEqual(editor);
  });

  test("the keyboard shortcuts work in the custom layout", async () => {
    const page = await open("custom-layout.html");
    const cards = () => page.locator("[data-card-id]").count();
    const before = await cards();
    await page.locator("[data-card-id]").first().focus();
    await page.keyboard.press("Delete");
    await expect.poll(cards).toBe(before - 1);
    await page.keyboard.press("Control+z");
    await expect.poll(cards).toBe(before);
  });

  test("React Flow's attribution is shown (the host did not set hideAttribution)", async () => {
    for (const path of ["", "custom-layout.html"]) {
      const page = await open(path);
      const link = page.locator(".react-flow__attribution a");
      await expect(link.textContent()).resolves.toBe("React Flow");
      await expect(link.isVisible()).resolves.toBe(true);
    }
  });
});

describe("the ref of docs/embedding.md", () => {
  test("the embed example's Download PNG exports through the ref", async () => {
    const page = await open("");
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      page.getByRole("button", { name: "Download PNG" }).click(),
    ]);
    const png = readFileSync(await download.path());
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    await expect(page.getByRole("status").textContent()).resolves.toBe("PNG exported");
  });

  test("on a 1,000-card map (the canvas draws only what is in view) Download PNG draws the map from the model and carries all of it", async () => {
    const page = await open("");
    const map = generateMap({ stages: 20, lanes: 10, cardsPerCell: 5 });
    await page.evaluate((text) => localStorage.setItem("embed-example:map", text), JSON.stringify(map));
    await page.reload();
    await page.locator(".jk-canvas[data-culled]").waitFor({ state: "attached" });
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      page.getByRole("button", { name: "Download PNG" }).click(),
    ]);
    const png = readFileSync(await download.path());
    // The PNG carries the map it shows (fromPng reads it back): all 1,000 cards, not the drawn few.
    const { fromPng } = await import("../packages/export/src/index");
    const back = fromPng(new Uint8Array(png));
    expect(back.ok && back.map.cards.length).toBe(1000);
    await expect(page.getByRole("status").textContent()).resolves.toBe("PNG exported");
  });
});

// The editor's shell in the built workshop app: the side panel's tabs and fold, the persona strip and
// board, and the light/dark/system theme, in a real browser at a small laptop size.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from "vitest";
import { launchChromium } from "./chromium";

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
afterEach(async () => {
  await context?.close();
  expect(errors).toEqual([]);
});

async function open(colorScheme: "light" | "dark", width = 1024, height = 768) {
  context = await browser.newContext({ viewport: { width, height }, colorScheme });
  page = await context.newPage();
  errors.length = 0;
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(inject("workshopUrl"));
  await page.waitForURL(/#\/map\//);
  await page.locator(".react-flow__node").first().waitFor();
}
const mapShare = () =>
  page.evaluate(
    () => document.querySelector(".react-flow")!.getBoundingClientRect().width / window.innerWidth,
  );

describe("the editor shell at 1024x768", () => {
  test("Voting, Insights and Compare are side-panel tabs; the map keeps most of the width, nearly all folded", async () => {
    await open("light");
    for (const name of ["Inspector", "Personas", "Voting", "Insights", "Compare"])
      await expect(page.getByRole("tab", { name, exact: true }).count()).resolves.toBe(1);
    await page.getByRole("tab", { name: "Insights", exact: true }).click();
    await page.getByRole("heading", { name: "Insights" }).waitFor();
    expect(await mapShare()).toBeGreaterThanOrEqual(0.6);

    const collapse = page.getByRole("button", { name: "Collapse the side panel" });
    await expect(collapse.getAttribute("aria-expanded")).resolves.toBe("true");
    await collapse.click();
    const expand = page.getByRole("button", { name: "Expand the side panel" });
    await expect(expand.getAttribute("aria-expanded")).resolves.toBe("false");
    expect(await mapShare()).toBeGreaterThanOrEqual(0.9);
    await expand.click();
    await expect(
      page.getByRole("tab", { name: "Insights", exact: true }).getAttribute("aria-selected"),
    ).resolves.toBe("true");

    // A click on a card opens the Inspector with that card.
    await page.locator("[data-card-id]").first().click();
    await expect(
      page.getByRole("tab", { name: "Inspector", exact: true }).getAttribute("aria-selected"),
    ).resolves.toBe("true");
  });

  test("a persona in the strip opens the board with Enter; its empathy map is editable; Escape returns focus", async () => {
    await open("light");
    const chip = page.getByRole("list", { name: "Personas on this map" }).getByRole("button").first();
    await chip.focus();
    await page.keyboard.press("Enter");
    const board = page.getByRole("dialog");
    await board.waitFor();
    await board.getByLabel("Add to feels").fill("Relieved the manager came over");
    await board.getByLabel("Add to feels").press("Enter");
    const feels = await board
      .getByRole("textbox", { name: /^Feels \d+$/ })
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLTextAreaElement).value));
    expect(feels).toContain("Relieved the manager came over");
    await page.keyboard.press("Escape");
    await expect(board.count()).resolves.toBe(0);
    await expect(chip.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
  });

  test("dark: the system's dark setting darkens the editor and the app; the theme button switches and is remembered", async () => {
    await open("dark");
    const root = page.locator(".jk-root");
    await expect(root.evaluate((element) => element.classList.contains("jk-theme-dark"))).resolves.toBe(true);
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe("dark");
    await page.getByRole("button", { name: /^Colour theme: System/ }).click();
    await expect(root.evaluate((element) => element.classList.contains("jk-theme-dark"))).resolves.toBe(
      false,
    );
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe("light");
    await page.reload();
    await page.locator(".react-flow__node").first().waitFor();
    await page.getByRole("button", { name: /^Colour theme: Light/ }).waitFor();
    await expect(root.evaluate((element) => element.classList.contains("jk-theme-dark"))).resolves.toBe(
      false,
    );
  });
});

import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { launchChromium } from "./chromium";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

test("the workshop app loads and shows its title", async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${inject("workshopUrl")}#/`);
  await expect(page.title()).resolves.toBe("journeykit workshop");
  await page.getByRole("heading", { name: "journeykit workshop" }).waitFor();
  expect(errors).toEqual([]);
});

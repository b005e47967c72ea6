import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchChromium, openFreshPage } from "./chromium";
import { surveyMonkeyCsv } from "./survey-monkey-csv";

let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];
const SHOTS = join(process.cwd(), ".e2e-artifacts", "metrics");

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
  ({ context, page } = await openFreshPage(browser, errors));
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** Press Enter on a dialog's button reached by keyboard focus. */
async function press(name: string) {
  const button = page.getByRole("dialog").getByRole("button", { name, exact: true });
  await expect.poll(() => button.isEnabled()).toBe(true);
  await button.focus();
  await page.keyboard.press("Enter");
}

/**
 * The restaurant template with a 2,000-response survey imported through the Add evidence dialog; each
 * answer names its stage and touchpoint, so stages, touchpoints and the whole journey get metrics.
 */
async function importSurvey() {
  await page.goto(`${inject("workshopUrl")}#/`);
  await page.getByRole("button", { name: /Start from template: .*restaurant/i }).click();
  await page.locator(".react-flow__node").first().waitFor();
  await page.getByRole("button", { name: "Add evidence…" }).click();
  await page.getByTestId("evidence-file-input").setInputFiles({
    name: "bistro-survey.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(surveyMonkeyCsv(2000, { touchpoints: true })),
  });
  await press("Next");
  const touchpointColumn = page.getByRole("combobox", { name: /What column “Which touchpoint was it\?/ });
  await touchpointColumn.selectOption("touchpoint");
  await press("Next");
  await page.getByRole("table", { name: "What each stage gets" }).waitFor();
  await press("Add to map");
  await expect.poll(() => page.getByRole("dialog", { name: "Add evidence" }).count()).toBe(0);
}

async function pressFit() {
  await page.getByRole("button", { name: "Fit view" }).click();
  await page.waitForTimeout(500);
}

/** True when the element's centre is inside the canvas and nothing else is drawn over it there. */
function shownAt(selector: string) {
  return page.evaluate((css) => {
    const el = document.querySelector(css);
    const flow = document.querySelector(".react-flow");
    if (!el || !flow) return false;
    const box = el.getBoundingClientRect();
    const canvas = flow.getBoundingClientRect();
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    if (x < canvas.left || x > canvas.right || y < canvas.top || y > canvas.bottom) return false;
    const top = document.elementFromPoint(x, y);
    return top !== null && (el === top || el.contains(top));
  }, selector);
}

describe("metrics where they belong", () => {
  test("at Fit, the first stage's measured NPS with its n is on screen and readable, the whole journey's above the stages", async () => {
    await importSurvey();
    const stageId = await page
      .locator(".jk-stage", { hasText: "Arrive and order" })
      .getAttribute("data-stage-id");
    for (const [width, height] of [
      [1440, 900],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      await pressFit();
      const badge = `.jk-metric--stage.jk-metric--measured[data-stage-id="${stageId}"]`;
      const nps = page.locator(badge, { has: page.locator(".jk-metric-text", { hasText: /^NPS / }) });
      await expect(nps.count()).resolves.toBe(1);
      await expect(nps.locator(".jk-metric-text").textContent()).resolves.toMatch(
        /^NPS [+−]?\d+ ±\d+ · n=\d{3}$/,
      );
      await expect(nps.getAttribute("title")).resolves.toMatch(
        /^Arrive and order · NPS .* · measured from \d{3} responses \(bistro-survey\.csv\)$/,
      );
      const id = await nps.getAttribute("data-metric-id");
      expect(await shownAt(`[data-metric-id="${id}"] .jk-metric-text`)).toBe(true);
      // Readable: the figure's text is drawn at least 9 px tall on screen, not cut.
      const text = await nps.locator(".jk-metric-text").evaluate((el) => {
        const zoom = new DOMMatrixReadOnly(
          getComputedStyle(document.querySelector(".react-flow__viewport") as HTMLElement).transform,
        ).a;
        return {
          px: Number.parseFloat(getComputedStyle(el).fontSize) * zoom,
          cut: el.scrollWidth > el.clientWidth,
        };
      });
      expect(text.px).toBeGreaterThanOrEqual(9);
      expect(text.cut).toBe(false);
      // The whole journey's NPS sits in the strip above the stage headers.
      const journey = page.locator(".jk-metric--journey", {
        has: page.locator(".jk-metric-text", { hasText: /^NPS [+−]?\d+ ±\d+ · n=2,000$/ }),
      });
      await expect(journey.count()).resolves.toBe(1);
      const journeyId = await journey.getAttribute("data-metric-id");
      expect(await shownAt(`[data-metric-id="${journeyId}"] .jk-metric-text`)).toBe(true);
      // A touchpoint's measured NPS sits under its box, and says whose it is.
      const hostNps = page.locator(".jk-metric--touchpoint[title^='Host stand · NPS ']");
      await expect(hostNps.count()).resolves.toBe(1);
      const hostBox = (await page.locator("[data-touchpoint-id]", { hasText: "Host stand" }).boundingBox())!;
      const hostNpsBox = (await hostNps.boundingBox())!;
      expect(hostNpsBox.y).toBeGreaterThanOrEqual(hostBox.y + hostBox.height - 1);
      expect(Math.abs(hostNpsBox.x - hostBox.x)).toBeLessThan(2);
      const strip = (await page.locator(".jk-journey-strip").boundingBox())!;
      const header = (await page.locator(".jk-stage").first().boundingBox())!;
      expect(strip.y + strip.height).toBeLessThanOrEqual(header.y + 1);

      for (const theme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: theme });
        await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        await page.screenshot({ path: join(SHOTS, `fit-${width}x${height}-${theme}.png`) });
      }
      await page.emulateMedia({ colorScheme: "light" });
    }
    expect(errors).toEqual([]);
  });
});

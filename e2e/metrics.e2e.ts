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

/** The toolbar's Readable: the fit that keeps card text readable (the map's first stages). */
async function pressReadable() {
  await page.getByRole("button", { name: "Readable", exact: true }).click();
  await page.waitForTimeout(500);
}

/** Fit: the whole journey on screen (an overview when card text would be too small to read). */
async function pressFit() {
  await page.getByRole("button", { name: "Fit the whole journey" }).click();
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
  test("at Fit the first stage's measured NPS with its n is on screen; at Readable its badge is whole, a touchpoint's under its box, the whole journey's above the stages", async () => {
    await importSurvey();
    const stageId = await page
      .locator(".jk-stage", { hasText: "Arrive and order" })
      .getAttribute("data-stage-id");
    for (const [width, height] of [
      [1440, 900],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      // Fit (the whole journey): the stage's measured NPS with its n is on screen, a badge or, in the
      // overview, its label.
      await pressFit();
      const figure = page
        .locator(
          `.jk-metric--measured[data-stage-id="${stageId}"] .jk-metric-text, .jk-overview-stage:has-text("Arrive and order") .jk-overview-metric--measured`,
        )
        .filter({ hasText: /^NPS [+−]?\d+.*n=\d{3}$/ });
      await expect(figure.count()).resolves.toBeGreaterThan(0);
      await expect(figure.first().isVisible()).resolves.toBe(true);
      await page.screenshot({ path: join(SHOTS, `fit-whole-${width}x${height}-light.png`) });
      // Readable: the badges themselves, whole.
      await pressReadable();
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
        await page.screenshot({ path: join(SHOTS, `readable-${width}x${height}-${theme}.png`) });
      }
      await page.emulateMedia({ colorScheme: "light" });
    }
    expect(errors).toEqual([]);
  });

  test("a stage with more metrics than its header holds ends in '+N more', which opens the whole list by keyboard", async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await pressReadable();
    const stage = page.locator(".jk-stage", { hasText: "Arrive and order" });
    const stageId = await stage.getAttribute("data-stage-id");
    // Two typed metrics on the first stage: with its three measured ones, five for four rows.
    for (let i = 0; i < 2; i++) {
      await stage.locator(".jk-stage-name").click();
      await page.getByRole("button", { name: "+ Metric" }).click();
    }
    const more = page.locator(`.jk-metric-more[data-stage-id="${stageId}"] button`);
    await expect(more.textContent()).resolves.toBe("+2 more");
    await expect(page.locator(`.jk-metric--stage[data-stage-id="${stageId}"]`).count()).resolves.toBe(3);
    await more.focus();
    await page.keyboard.press("Enter");
    const list = page.getByRole("list", { name: /^\+2 more: all 5 metrics of this stage/ });
    await list.waitFor();
    const entries = await list.locator(".jk-metric-text").allTextContents();
    expect(entries).toHaveLength(5);
    expect(entries.filter((t) => t.startsWith("Arrive and order · CSAT 50%"))).toHaveLength(2);
    // Focus is on the first entry; the list lies over the map, not under the cards.
    await expect(page.evaluate(() => document.activeElement?.closest("ul")?.className)).resolves.toBe(
      "jk-metric-more-list",
    );
    for (const theme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      await page.screenshot({ path: join(SHOTS, `more-list-1440x900-${theme}.png`) });
    }
    await page.emulateMedia({ colorScheme: "light" });
    const first = (await list.locator("button").first().boundingBox())!;
    const topThere = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest(".jk-metric-more-list") !== null,
      { x: first.x + first.width / 2, y: first.y + first.height / 2 },
    );
    expect(topThere).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => list.count()).toBe(0);
    await expect(more.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(errors).toEqual([]);
  });
});

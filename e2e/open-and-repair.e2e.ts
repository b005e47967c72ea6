import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from "vitest";
import { seriousAxeViolations } from "./axe-scan";
import { launchChromium, openFreshPage } from "./chromium";

interface FixtureCard {
  id: string;
  laneId: string;
  stageId: string;
  text: string;
  [field: string]: unknown;
}
interface FixtureMap {
  id: string;
  title: string;
  cards: FixtureCard[];
  emotions: { score: number; [field: string]: unknown }[];
  [field: string]: unknown;
}

const fixture = JSON.parse(
  readFileSync(
    new URL("../packages/core/test/fixtures/restaurant-cold-dish.journey.json", import.meta.url),
    "utf8",
  ),
) as FixtureMap;

const LOST_TEXT = "Waited forty minutes for the bill at the stage nobody kept";
const TWIN_TEXT = "Asks twice for parmesan, a card sharing the first card's id";

/**
 * The restaurant fixture damaged three ways a hand edit or an old tool could: a card whose stage is
 * gone, a second card with the first card's id, an emotion score of 9 (the scale ends at 3). Every
 * card has a text no other card has, so the canvas can be checked for each one.
 */
function damagedMap(): FixtureMap {
  const map = structuredClone(fixture);
  map.id = "map_damaged_trattoria";
  map.title = "Trattoria Lume, damaged copy";
  map.cards = map.cards.map((card, i) => ({ ...card, text: `${card.text} (card ${i + 1} of the file)` }));
  const first = map.cards[0]!;
  map.cards.push(
    { id: "crd_lost", laneId: first.laneId, stageId: "stg_gone", text: LOST_TEXT },
    { id: first.id, laneId: first.laneId, stageId: first.stageId, text: TWIN_TEXT },
  );
  map.emotions[0]!.score = 9;
  return map;
}

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
  await context?.close();
  ({ context, page } = await openFreshPage(browser, errors));
  await page.goto(inject("workshopUrl"));
  await page.waitForURL(/#\/map\//);
  await page.locator(".react-flow__node").first().waitFor();
});

async function openFile(name: string, text: string) {
  await page.getByTestId("open-file-input").setInputFiles({
    name,
    mimeType: "application/json",
    buffer: Buffer.from(text),
  });
  const alert = page.getByRole("alert", { name: "File could not be opened" });
  await alert.waitFor();
  return alert;
}

async function screenshots(name: string) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
    for (const size of [
      { width: 1440, height: 900 },
      { width: 1024, height: 768 },
    ]) {
      await page.setViewportSize(size);
      await page.screenshot({ path: `.e2e-artifacts/${name}-${size.width}-${scheme}.png` });
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1440, height: 900 });
}

describe("opening a damaged map file", () => {
  test("Open and repair opens it as a new map, reports each repair, keeps every text", async () => {
    const damaged = damagedMap();
    const sampleUrl = page.url();
    const alert = await openFile("trattoria-damaged.journey.json", JSON.stringify(damaged, null, 2));

    // What is wrong, and where: the missing stage, the twice-used id, the score out of range.
    const listed = await alert.textContent();
    expect(listed).toContain("stg_gone");
    expect(listed).toContain(damaged.cards[0]!.id);
    expect(listed).toMatch(/emotions\[0\]\.score/);
    await alert.getByRole("button", { name: "Cancel" }).waitFor();
    await screenshots("open-and-repair-offer");

    await alert.getByRole("button", { name: "Open and repair" }).click();
    const report = page.getByRole("dialog", { name: /^Repaired \d+ problems?$/ });
    await report.waitFor();
    await page.waitForURL((url) => url.href !== sampleUrl && /#\/map\//.test(url.href));
    await expect(page.locator(".ws-map-title").textContent()).resolves.toBe(damaged.title);

    // Each repair is listed: the card set aside (with its text), the new id, the replaced score.
    const reported = (await report.textContent()) ?? "";
    expect(reported).toContain(LOST_TEXT);
    expect(reported).toMatch(/1 record could not stay in place/);
    expect(reported).toContain("journeykit.setAside");
    await report.getByRole("region", { name: "Records set aside" }).waitFor();
    await report.getByRole("region", { name: "Records given new ids" }).waitFor();
    await report.getByRole("region", { name: "Invalid values replaced" }).waitFor();
    const items = await report.locator(".ws-repair-group li").count();
    const title = (await report.getByRole("heading", { level: 2 }).textContent()) ?? "";
    expect(title).toBe(`Repaired ${items} problems`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshots("open-and-repair-report");

    // Escape closes the report; focus goes to the map, not nowhere.
    await page.keyboard.press("Escape");
    await expect(report.count()).resolves.toBe(0);
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest(".ws-body"))).toBe(true);

    // On the canvas: every card text that could stay, the twin card's too.
    const shown = async () => (await page.locator("[data-card-id]").allTextContents()).join("\n");
    const kept = damaged.cards.filter((card) => card.text !== LOST_TEXT).map((card) => card.text);
    for (const text of kept) await expect.poll(shown).toContain(text);
    expect(await shown()).not.toContain(LOST_TEXT);

    // Saved to a file, the set-aside card travels with the map.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Save file" }).click(),
    ]);
    const saved = JSON.parse(readFileSync((await download.path())!, "utf8")) as {
      cards: { text: string }[];
      meta?: Record<string, unknown>;
    };
    expect(saved.cards.map((card) => card.text).sort()).toEqual([...kept].sort());
    expect(JSON.stringify(saved.meta?.["journeykit.setAside"])).toContain(LOST_TEXT);
    expect(errors).toEqual([]);
  });

  test("a file no repair can save says so and offers no repair", async () => {
    const alert = await openFile("newer.journey.json", JSON.stringify({ ...fixture, version: 999 }));
    await expect.poll(() => alert.textContent()).toContain("A repair cannot save this file either");
    await expect(alert.getByRole("button", { name: "Open and repair" }).count()).resolves.toBe(0);
    await alert.getByRole("button", { name: "Dismiss" }).click();
    await expect(alert.count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});

import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from "vitest";
import { fillCardText } from "./card-text";
import { launchChromium } from "./chromium";

// Two tabs on one map: two pages in ONE browser context share the origin and its IndexedDB, as two
// tabs of one browser profile do.
let browser: Browser;
let context: BrowserContext;
let tabA: Page;
let tabB: Page;
const errors: string[] = [];
const SHOTS = ".e2e-artifacts/two-tabs";

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
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  tabA = await context.newPage();
  tabB = await context.newPage();
  errors.length = 0;
  for (const page of [tabA, tabB]) page.on("pageerror", (error) => errors.push(error.message));
});

const card = (page: Page, id: string) => page.locator(`[data-card-id="${id}"]`);
const status = (page: Page) => page.locator(".ws-save-status");
const conflict = (page: Page) => page.getByRole("alert", { name: "This map was changed in another tab." });

/** Open a card's text editor and type, without committing (Enter commits). */
async function typeInCard(page: Page, id: string, text: string) {
  await card(page, id).focus();
  await page.keyboard.press("Enter");
  await fillCardText(page, text);
}

/** Both tabs on the sample map, tab A having seeded it; the ids of two of its cards. */
async function openSameMapInTwoTabs() {
  await tabA.goto(inject("workshopUrl"));
  await tabA.waitForURL(/#\/map\//);
  await tabB.goto(tabA.url());
  const ids = await tabA
    .locator("[data-card-id]")
    .evaluateAll((nodes) => nodes.slice(0, 2).map((node) => node.getAttribute("data-card-id") ?? ""));
  const [first, second] = ids;
  if (!first || !second) throw new Error("the sample map has fewer than two cards");
  await card(tabB, first).waitFor();
  return { title: (await tabA.locator(".ws-map-title").textContent()) ?? "", first, second };
}

/** Both tabs edit a different card before either has seen the other's save: one tab shows the conflict. */
async function editBothBeforeEitherSaves(first: string, second: string) {
  await typeInCard(tabA, first, "Edit made in tab A");
  await typeInCard(tabB, second, "Edit made in tab B");
  // Committed within a few milliseconds of each other, well inside the autosave's 250 ms wait.
  await Promise.all([tabA.keyboard.press("Enter"), tabB.keyboard.press("Enter")]);
  await expect
    .poll(async () => (await conflict(tabA).count()) + (await conflict(tabB).count()), { timeout: 10_000 })
    .toBe(1);
  const inConflict = (await conflict(tabA).count()) === 1 ? tabA : tabB;
  return inConflict === tabA
    ? {
        loser: tabA,
        winner: tabB,
        mine: { id: first, text: "Edit made in tab A" },
        theirs: { id: second, text: "Edit made in tab B" },
      }
    : {
        loser: tabB,
        winner: tabA,
        mine: { id: second, text: "Edit made in tab B" },
        theirs: { id: first, text: "Edit made in tab A" },
      };
}

/** The start screen's list of stored maps, as the person sees it. */
async function recentMapTitles(page: Page) {
  await page.getByRole("link", { name: /journeykit/ }).click();
  const items = page.getByRole("list", { name: "Your maps" }).locator(".ws-recent-title");
  await items.first().waitFor();
  return items.allTextContents();
}

async function openRecentMap(page: Page, title: string) {
  await page.getByRole("list", { name: "Your maps" }).getByRole("link", { name: title, exact: true }).click();
  await page.locator("[data-card-id]").first().waitFor();
}

describe("two tabs on one map", () => {
  test("a tab without edits shows the other tab's save; edits in both: conflict; Keep mine keeps both", async () => {
    const { title, first, second } = await openSameMapInTwoTabs();

    // Tab A edits and autosaves; tab B, which has no edits, shows A's edit by itself.
    await typeInCard(tabA, first, "Saved in tab A");
    await tabA.keyboard.press("Enter");
    await expect.poll(() => status(tabA).textContent()).toMatch(/^Saved/);
    await expect.poll(() => card(tabB, first).textContent()).toContain("Saved in tab A");
    await expect.poll(() => status(tabB).textContent()).toMatch(/^Updated from another tab/);
    await expect(conflict(tabB).count()).resolves.toBe(0);

    const { loser, winner, mine, theirs } = await editBothBeforeEitherSaves(first, second);
    await expect(status(loser).textContent()).resolves.toBe("Not saved: conflict");
    await expect(card(loser, mine.id).textContent()).resolves.toContain(mine.text);
    await expect(card(winner, theirs.id).textContent()).resolves.toContain(theirs.text);
    for (const [width, height] of [
      [1440, 900],
      [1024, 768],
    ] as const) {
      await loser.setViewportSize({ width, height });
      await loser.screenshot({ path: `${SHOTS}/conflict-${width}x${height}.png` });
    }

    await conflict(loser).getByRole("button", { name: "Keep mine" }).click();
    await conflict(loser).waitFor({ state: "detached" });
    await expect.poll(() => status(loser).textContent()).toMatch(/^Saved/);
    await expect(card(loser, mine.id).textContent()).resolves.toContain(mine.text);
    // The other tab had nothing unsaved: it follows quietly.
    await expect.poll(() => card(winner, mine.id).textContent()).toContain(mine.text);
    await expect(conflict(winner).count()).resolves.toBe(0);

    // Nothing lost: the other tab's edit is in the copy, under Your maps.
    expect(await recentMapTitles(loser)).toContain(`${title} (other tab)`);
    await openRecentMap(loser, `${title} (other tab)`);
    await expect(card(loser, theirs.id).textContent()).resolves.toContain(theirs.text);
    await expect(card(loser, mine.id).textContent()).resolves.not.toContain(mine.text);
    expect(errors).toEqual([]);
  });

  test("Load theirs: this tab's edits are kept as '… (your version)' first", async () => {
    const { title, first, second } = await openSameMapInTwoTabs();
    const { loser, mine, theirs } = await editBothBeforeEitherSaves(first, second);

    await conflict(loser).getByRole("button", { name: "Load theirs" }).click();
    await conflict(loser).waitFor({ state: "detached" });
    await expect.poll(() => card(loser, theirs.id).textContent()).toContain(theirs.text);
    await expect(card(loser, mine.id).textContent()).resolves.not.toContain(mine.text);
    await expect(status(loser).textContent()).resolves.toMatch(/^Updated from another tab/);

    expect(await recentMapTitles(loser)).toContain(`${title} (your version)`);
    await openRecentMap(loser, `${title} (your version)`);
    await expect(card(loser, mine.id).textContent()).resolves.toContain(mine.text);
    expect(errors).toEqual([]);
  });
});

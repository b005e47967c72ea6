// docs/getting-started.md, followed step by step in the built workshop app, as a reader would.
// The steps run in order on one page: each builds on the map the previous one left.
import { readFileSync } from "node:fs";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchChromium } from "./chromium";

let browser: Browser;
let page: Page;
/** The stage step 3 adds with + Stage (step 4 fills it). */
let addedStage = "";

beforeAll(async () => {
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
});
afterAll(async () => {
  await browser?.close();
});

const inspector = () => page.getByRole("complementary", { name: "Inspector" });
const personas = () => page.getByRole("tabpanel", { name: "Personas", exact: true });
const toolbar = () => page.getByRole("toolbar", { name: "Journey map tools" });
const stageButtons = () => page.locator(".jk-stage-name");
const stageIds = () =>
  page
    .locator(".jk-stage[data-stage-id]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-stage-id")!));
const cardCount = () => page.locator("[data-card-id]").count();
const card = (text: string) => page.locator("[data-card-id]", { hasText: text });
const descriptionOf = (note: Locator) => note.locator("[data-card-description]").textContent();
/** Waits until the card with this id has the focus (focus moves a frame after a key). */
const focusMovesTo = (id: string | null) =>
  page.waitForFunction((want) => document.activeElement?.getAttribute("data-card-id") === want, id);

async function center(target: Locator) {
  const box = await target.boundingBox();
  if (!box) throw new Error("not visible");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
async function drag(from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(from.x + ((to.x - from.x) * i) / 10, from.y + ((to.y - from.y) * i) / 10);
  await page.mouse.up();
  await page.waitForTimeout(200);
}
/** The lane id of the lane whose title is `title`. */
async function laneId(title: string): Promise<string> {
  const node = page.locator('.react-flow__node[data-id^="lane:"]', { hasText: title }).first();
  return (await node.getAttribute("data-id"))!.slice("lane:".length);
}

describe("getting started, in the workshop app", () => {
  test("the first visit opens the sample map; the ◐ journeykit link leads to the start screen", async () => {
    await page.goto(inject("workshopUrl"));
    await page.waitForURL(/#\/map\//);
    await page.locator(".react-flow__node").first().waitFor();
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toMatch(/the cold dish/);
    await page.getByRole("link", { name: "◐ journeykit" }).click();
    await page.getByRole("heading", { name: "Start from a template" }).waitFor();
    await expect(page.getByRole("heading", { name: "Your maps" }).count()).resolves.toBe(1);
    await expect(page.getByRole("button", { name: "New blank map" }).count()).resolves.toBe(1);
  });

  test("1. pick a template: every scenario the guide lists is in the gallery", async () => {
    for (const scenario of [
      /Coffee shop/,
      /Online store: checkout anxiety/,
      /Restaurant: the cold dish/,
      /Gym/,
      /SaaS: 14-day trial/,
      /Travel: booking/,
      /Employee onboarding/,
      /Hotel check-in: service blueprint/,
    ]) {
      await expect(
        page
          .getByRole("button", { name: /^Start from template:/ })
          .filter({ hasText: scenario })
          .count(),
      ).resolves.toBe(1);
    }
    await page.getByRole("button", { name: /^Start from template: SaaS: 14-day trial/ }).click();
    await page.waitForURL(/#\/map\//);
    await page.locator(".react-flow__node").first().waitFor();
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toMatch(
      /SaaS: 14-day trial/,
    );
  });

  test("2. adapt the personas: the Personas button opens the Personas tab of the side panel", async () => {
    await toolbar().getByRole("button", { name: "Personas", exact: true }).click();
    const tabs = personas().getByRole("tablist", { name: "Choose a persona" });
    await tabs.getByRole("tab", { name: /Marco/ }).click();
    await expect(tabs.getByRole("tab", { name: /Marco/ }).getAttribute("aria-selected")).resolves.toBe(
      "true",
    );

    await personas().getByLabel("Name", { exact: true }).fill("Marco, IT lead");
    await personas().getByLabel("Role", { exact: true }).fill("Signs off new vendors");
    await personas().getByLabel("Role", { exact: true }).press("Tab");
    await personas().getByLabel("Add to needs").fill("A security questionnaire answered up front");
    await personas().getByLabel("Add to needs").press("Enter");
    await personas().getByLabel("Add to thinks").fill("Another tool to audit");
    await personas().getByLabel("Add to thinks").press("Enter");

    await expect(tabs.getByRole("tab", { name: "Marco, IT lead" }).count()).resolves.toBe(1);
    const needs = await personas()
      .getByRole("textbox", { name: /^Needs \d+$/ })
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(needs).toContain("A security questionnaire answered up front");
    await expect(personas().getByLabel("Role", { exact: true }).inputValue()).resolves.toBe(
      "Signs off new vendors",
    );

    await toolbar().getByRole("button", { name: "+ Persona" }).click();
    await expect(tabs.getByRole("tab", { name: "Persona 3" }).getAttribute("aria-selected")).resolves.toBe(
      "true",
    );

    // The legend in the Emotions lane shows or hides a curve.
    const legend = page.getByRole("list", { name: "Personas" });
    await legend.getByRole("button", { name: "Hide Marco, IT lead's curve" }).click();
    await expect(legend.getByRole("button", { name: "Show Marco, IT lead's curve" }).count()).resolves.toBe(
      1,
    );
    await legend.getByRole("button", { name: "Show Marco, IT lead's curve" }).click();
  });

  test("3. name the stages: double-click a name and type, or edit it in the inspector; drag to reorder; add stages and lanes", async () => {
    await page.getByRole("button", { name: /^Stage 1: / }).dblclick();
    await page.getByRole("textbox", { name: "Stage name" }).fill("Start the trial");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Stage 1: Start the trial" }).count()).resolves.toBe(1);

    await page.getByRole("button", { name: /^Stage 2: / }).click();
    await inspector().getByLabel("Name", { exact: true }).fill("Connect the data");
    await inspector().getByLabel("Name", { exact: true }).press("Enter");
    await expect(page.getByRole("button", { name: "Stage 2: Connect the data" }).count()).resolves.toBe(1);

    const [first, , third] = await stageIds();
    const from = await center(page.locator(`.react-flow__node[data-id="stage:${first}"]`));
    const to = await center(page.locator(`.react-flow__node[data-id="stage:${third}"]`));
    await drag({ x: from.x - 40, y: from.y + 20 }, { x: to.x, y: from.y + 20 });
    await page.getByRole("button", { name: "Stage 1: Connect the data" }).waitFor();
    await expect(page.getByRole("button", { name: "Stage 3: Start the trial" }).count()).resolves.toBe(1);

    const stages = await stageIds();
    await toolbar().getByRole("button", { name: "+ Stage" }).click();
    // + Stage opens the new stage's name for typing; Enter keeps "Stage N".
    await expect(
      page.getByRole("textbox", { name: "Stage name" }).evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
    await page.keyboard.press("Enter");
    await expect(stageButtons().count()).resolves.toBe(stages.length + 1);
    addedStage = (await stageIds()).find((id) => !stages.includes(id))!;

    const lanes = await page.locator('.react-flow__node[data-id^="lane:"]').count();
    await toolbar()
      .getByRole("combobox", { name: "Kind of lane to add" })
      .selectOption({ label: "Physical evidence" });
    await toolbar().getByRole("button", { name: "+ Lane" }).click();
    await expect(page.locator('.react-flow__node[data-id^="lane:"]').count()).resolves.toBe(lanes + 1);
    await expect(page.locator(".jk-lane-title", { hasText: "Physical evidence" }).count()).resolves.toBe(1);
  });

  test("4. add cards: double-click an empty cell, or click a cell and + Card; N, Enter, Esc, arrows, Delete and Ctrl+Z on a focused card", async () => {
    // The stage added in step 3 is empty.
    const stageName = (await page
      .locator(`.jk-stage[data-stage-id="${addedStage}"] .jk-stage-title`)
      .textContent())!
      .replace(/^\d+\s*/, "")
      .trim();
    expect(stageName).toMatch(/^Stage \d+$/);
    const actions = await laneId("Actions");
    const pains = await laneId("Pain points");

    const before = await cardCount();
    await page.locator(`[data-cell="${actions}:${addedStage}"]`).dblclick();
    await page.getByRole("textbox", { name: "Card text" }).fill("Invites the data engineer");
    await page.keyboard.press("Enter");
    await expect(cardCount()).resolves.toBe(before + 1);
    await expect(descriptionOf(card("Invites the data engineer"))).resolves.toBe(
      `Actions, ${stageName} stage`,
    );

    await page.locator(`[data-cell="${pains}:${addedStage}"]`).click();
    await toolbar().getByRole("button", { name: "+ Card" }).click();
    await page.getByRole("textbox", { name: "Card text" }).fill("No sample data to try");
    await page.keyboard.press("Enter");
    await expect(descriptionOf(card("No sample data to try"))).resolves.toBe(
      `Pain points, ${stageName} stage`,
    );

    // The keyboard, on a focused card.
    await card("No sample data to try").click();
    await page.keyboard.press("n");
    await page.getByRole("textbox", { name: "Card text" }).fill("Has to ask IT for access");
    await page.keyboard.press("Enter");
    const added = card("Has to ask IT for access");
    await expect(descriptionOf(added)).resolves.toMatch(/^Pain points, .* stage$/);
    await expect(descriptionOf(added)).resolves.toBe(`Pain points, ${stageName} stage`);
    const addedId = await added.getAttribute("data-card-id");
    await focusMovesTo(addedId);

    await page.keyboard.press("Enter");
    const editor = page.getByRole("textbox", { name: "Card text" });
    await expect(editor.inputValue()).resolves.toBe("Has to ask IT for access");
    await editor.press("End");
    await page.keyboard.type(" (two days)");
    await page.keyboard.press("Escape");
    await expect(page.getByRole("textbox", { name: "Card text" }).count()).resolves.toBe(0);
    await expect(card("Has to ask IT for access (two days)").count()).resolves.toBe(1);

    await focusMovesTo(addedId);
    await page.keyboard.press("ArrowUp");
    await focusMovesTo(await card("No sample data to try").getAttribute("data-card-id"));
    await page.keyboard.press("ArrowDown");
    await focusMovesTo(addedId);

    const count = await cardCount();
    await page.keyboard.press("Delete");
    await expect(cardCount()).resolves.toBe(count - 1);
    await expect(card("Has to ask IT for access").count()).resolves.toBe(0);
    await page.keyboard.press("Control+z");
    await expect(cardCount()).resolves.toBe(count);
    await expect(card("Has to ask IT for access (two days)").count()).resolves.toBe(1);
  });

  test("5. draw the emotion curve: drag a point up or down; a focused point moves with the arrow keys", async () => {
    const slider = page.getByRole("slider", { name: /^Lena's emotion at / }).first();
    const start = Number(await slider.getAttribute("aria-valuenow"));
    const levels = await page
      .locator(".jk-level")
      .evaluateAll((lines) => lines.map((l) => l.getBoundingClientRect().y));
    const step = Math.abs(levels[1]! - levels[0]!);
    const up = start < 3;
    const point = await center(slider);
    await drag(point, { x: point.x, y: point.y + (up ? -1.1 : 1.1) * step });
    await expect(slider.getAttribute("aria-valuenow")).resolves.toBe(String(up ? start + 1 : start - 1));
    await slider.focus();
    await page.keyboard.press(up ? "ArrowDown" : "ArrowUp");
    await expect(slider.getAttribute("aria-valuenow")).resolves.toBe(String(start));
  });

  test("6. flag a moment of truth: click a stage header and + Moment; kind, importance and outcome in the inspector", async () => {
    const moments = await page.locator(".jk-moment").count();
    const header = page.getByRole("button", { name: /^Stage \d+: Start the trial$/ });
    const stage = (await header
      .locator("xpath=ancestor::*[@data-stage-id][1]")
      .getAttribute("data-stage-id"))!;
    await header.click();
    await toolbar().getByRole("button", { name: "+ Moment" }).click();
    await expect(page.locator(".jk-moment").count()).resolves.toBe(moments + 1);
    await inspector().getByLabel("Kind", { exact: true }).selectOption("FMOT");
    await inspector().getByLabel("Importance", { exact: true }).selectOption("5");
    await inspector().getByLabel("Outcome", { exact: true }).selectOption("fail");
    await expect(
      page
        .locator(`.jk-stage[data-stage-id="${stage}"]`)
        .getByRole("button", { name: "FMOT moment of truth, importance 5, fail: New moment of truth" })
        .count(),
    ).resolves.toBe(1);
  });

  test("7. vote: the Voting tab gives pain points and opportunities a +1 button", async () => {
    await expect(page.getByRole("button", { name: /^\+1 vote/ }).count()).resolves.toBe(0);
    await page.getByRole("tab", { name: "Voting", exact: true }).click();
    const plusOne = page.getByRole("button", { name: /^\+1 vote for "No sample data to try" \(0 votes\)/ });
    await plusOne.click();
    await expect(
      page.getByRole("button", { name: /^\+1 vote for "No sample data to try" \(1 vote\)/ }).count(),
    ).resolves.toBe(1);
    const panel = page.getByRole("complementary", { name: "Workshop panel" });
    await expect(panel.getByLabel(/Participants/).count()).resolves.toBe(1);
    await expect(panel.getByLabel(/Dots each/).count()).resolves.toBe(1);
    await expect(panel.textContent()).resolves.toMatch(/Top voted/i);
  });

  test("8. export: the Export menu has every format the guide names, and PNG and SVG download", async () => {
    await page.getByRole("button", { name: /^Export/ }).click();
    const items = await page.getByRole("menuitem").allTextContents();
    for (const format of [
      /PNG · 16:9/,
      /PNG · 4:3/,
      /PNG · A4/,
      /PNG · whole map/,
      /SVG/,
      /PowerPoint/,
      /CSV/,
      /JSON/,
      /Mermaid/,
    ])
      expect(items.some((item) => format.test(item))).toBe(true);
    const [png] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("menuitem", { name: /PNG · 16:9/ }).click(),
    ]);
    expect(
      readFileSync(await png.path())
        .subarray(1, 4)
        .toString("latin1"),
    ).toBe("PNG");
    await page.getByRole("button", { name: /^Export/ }).click();
    const [svg] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("menuitem", { name: /^SVG/ }).click(),
    ]);
    expect(readFileSync(await svg.path(), "utf8")).toContain("Start the trial");
  });
});

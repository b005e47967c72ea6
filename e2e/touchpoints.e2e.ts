import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchChromium, openFreshPage } from "./chromium";

// Touchpoints where the consultant puts them (issue 22): added in stage 3 with the keyboard, dragged to
// stage 2 with the mouse, moved back with Alt+←, deleted with Delete, brought back with Ctrl+Z, in the
// built workshop app at 1440x900.

let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];
const shots = new URL("../.e2e-artifacts/touchpoints/", import.meta.url);
const shot = (name: string) => page.screenshot({ path: new URL(`${name}-1440x900.png`, shots).pathname });

beforeAll(async () => {
  browser = await launchChromium();
  ({ context, page } = await openFreshPage(browser, errors));
  mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

let keystrokes = 0;
async function press(key: string, times = 1) {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    keystrokes++;
  }
}
async function type(text: string) {
  await page.keyboard.type(text);
  keystrokes += [...text].length;
}

/** Each stage's touchpoint names, left to right and top to bottom, as the canvas shows them. */
const touchpointsByStage = (): Promise<string[][]> =>
  page.evaluate(() => {
    const stages = [...document.querySelectorAll<HTMLElement>(".jk-stage[data-stage-id]")]
      .map((el) => el.getBoundingClientRect())
      .sort((a, b) => a.x - b.x);
    const chips = [...document.querySelectorAll<HTMLElement>(".jk-touchpoint[data-touchpoint-id]")].map(
      (el) => {
        const box = el.getBoundingClientRect();
        return { name: el.title.split(" · ")[0]!, x: box.x + box.width / 2, y: box.y };
      },
    );
    return stages.map((stage) =>
      chips
        .filter((c) => c.x >= stage.x && c.x < stage.x + stage.width)
        .sort((a, b) => a.y - b.y)
        .map((c) => c.name),
    );
  });

/** What has focus: a touchpoint's name, a cell's lane and stage, or a field's label. */
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const label = el && "labels" in el ? (el as HTMLInputElement).labels?.[0]?.textContent : undefined;
    return {
      grid: el?.dataset.grid ?? null,
      lane: el?.dataset.gridLane ?? null,
      stage: el?.dataset.gridStage ?? null,
      touchpoint: el?.dataset.touchpointId ? el.title.split(" · ")[0] : null,
      label: label ?? null,
    };
  });

describe("touchpoints where the consultant puts them", () => {
  test("added in stage 3 by keyboard, dragged to stage 2, moved by Alt+←, deleted, undone", async () => {
    await page.goto(`${inject("workshopUrl")}#/`);
    await page.getByRole("button", { name: "New blank map" }).click();
    await page.waitForURL(/#\/map\//);
    await page.locator('[data-grid="cell"]').first().waitFor();
    await page.waitForTimeout(300);
    const url = page.url();
    const stageIds = await page.locator(".jk-stage[data-stage-id]").evaluateAll((els) =>
      els
        .map((el) => ({ id: el.getAttribute("data-stage-id")!, x: el.getBoundingClientRect().x }))
        .sort((a, b) => a.x - b.x)
        .map((s) => s.id),
    );
    expect(stageIds).toHaveLength(3);
    const touchpointsLane = await page
      .locator(".jk-lane[data-lane-id]")
      .evaluateAll(
        (els) =>
          els.find((el) => el.textContent?.includes("Touchpoints"))?.getAttribute("data-lane-id") ?? "",
      );

    // Keyboard: into the map (its first cell), ↓↓ to the Touchpoints lane, →→ to stage 3.
    await page.locator('[data-grid="cell"]').first().focus();
    await press("ArrowDown", 2);
    await press("ArrowRight", 2);
    expect(await focused()).toMatchObject({ grid: "cell", lane: touchpointsLane, stage: stageIds[2] });
    // N, the name, Enter: back on the new touchpoint; N again for the next.
    const before = keystrokes;
    await press("n");
    await page.waitForFunction(
      () => (document.activeElement as HTMLInputElement | null)?.value === "New touchpoint",
    );
    expect((await focused()).label).toBe("Name");
    await type("Check-in desk");
    await press("Enter");
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-grid") === "touchpoint");
    const firstKeys = keystrokes - before - "Check-in desk".length;
    await press("n");
    await page.waitForFunction(
      () => (document.activeElement as HTMLInputElement | null)?.value === "New touchpoint",
    );
    await type("Reception phone");
    await press("Enter");
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-grid") === "touchpoint");
    expect(firstKeys).toBe(2);
    expect(await focused()).toMatchObject({ grid: "touchpoint", touchpoint: "Reception phone" });
    expect(await touchpointsByStage()).toEqual([[], [], ["Check-in desk", "Reception phone"]]);
    await shot("added-in-stage-3");

    // Mouse: "Reception phone" dragged above "Check-in desk" (its own stage), then to stage 2's cell.
    const chip = page.locator('.jk-touchpoint[title^="Reception phone"]');
    /** Press on the chip's centre, move in steps to `to`, optionally screenshot, release. */
    const drag = async (to: { x: number; y: number }, screenshot?: string) => {
      const from = (await chip.boundingBox())!;
      const [x0, y0] = [from.x + from.width / 2, from.y + from.height / 2];
      await page.mouse.move(x0, y0);
      await page.mouse.down();
      for (let i = 1; i <= 12; i++)
        await page.mouse.move(x0 + ((to.x - x0) * i) / 12, y0 + ((to.y - y0) * i) / 12);
      if (screenshot) await shot(screenshot);
      await page.mouse.up();
    };
    const desk = (await page.locator('.jk-touchpoint[title^="Check-in desk"]').boundingBox())!;
    await drag({ x: desk.x + desk.width / 2, y: desk.y });
    await expect.poll(touchpointsByStage).toEqual([[], [], ["Reception phone", "Check-in desk"]]);
    const target = (await page
      .locator(`[data-grid="cell"][data-grid-lane="${touchpointsLane}"][data-grid-stage="${stageIds[1]}"]`)
      .boundingBox())!;
    await drag({ x: target.x + target.width / 2, y: target.y + 30 }, "dragging-to-stage-2");
    await expect.poll(touchpointsByStage).toEqual([[], ["Reception phone"], ["Check-in desk"]]);
    await shot("dragged-to-stage-2");

    // Keyboard move: Alt+← on the dragged touchpoint takes it to stage 1 (and the page stays).
    await chip.focus();
    await press("Alt+ArrowLeft");
    await expect.poll(touchpointsByStage).toEqual([["Reception phone"], [], ["Check-in desk"]]);
    expect(page.url()).toBe(url);
    expect(await focused()).toMatchObject({ grid: "touchpoint", touchpoint: "Reception phone" });

    // Delete: the selected touchpoint goes; focus to its cell (no other touchpoint in stage 3).
    await page.locator('.jk-touchpoint[title^="Check-in desk"]').click();
    await press("Delete");
    await expect.poll(touchpointsByStage).toEqual([["Reception phone"], [], []]);
    await expect.poll(focused).toMatchObject({ grid: "cell", lane: touchpointsLane, stage: stageIds[2] });
    await shot("deleted");

    // Undo: Ctrl+Z brings it back; then the keyboard move, the drag and the reorder go back one each.
    await press("Control+z");
    await expect.poll(touchpointsByStage).toEqual([["Reception phone"], [], ["Check-in desk"]]);
    await press("Control+z");
    await expect.poll(touchpointsByStage).toEqual([[], ["Reception phone"], ["Check-in desk"]]);
    await shot("undone");
    await press("Control+z");
    await expect.poll(touchpointsByStage).toEqual([[], [], ["Reception phone", "Check-in desk"]]);
    await press("Control+z");
    await expect.poll(touchpointsByStage).toEqual([[], [], ["Check-in desk", "Reception phone"]]);
    expect(errors).toEqual([]);
  });

  test("on a blueprint without a Touchpoints lane, a header chip drags to another stage", async () => {
    await page.goto(`${inject("workshopUrl")}#/`);
    await page.getByRole("button", { name: /^Start from template: Hotel check-in/ }).click();
    await page.waitForURL(/#\/map\//);
    await page.locator(".jk-chip").first().waitFor();
    await page.waitForTimeout(300);
    /** Each stage header's chips, left to right. */
    const chipsByStage = () =>
      page
        .locator(".jk-stage[data-stage-id]")
        .evaluateAll((els) =>
          els
            .sort((a, b) => a.getBoundingClientRect().x - b.getBoundingClientRect().x)
            .map((el) =>
              [...el.querySelectorAll<HTMLElement>(".jk-chip")].map((c) => c.title.split(" · ")[0]),
            ),
        );
    const before = await chipsByStage();
    const from = before.findIndex((chips) => chips.length > 0);
    const name = before[from]![0]!;
    const to = from + 1;
    const headers = page.locator(".jk-stage[data-stage-id]");
    const ids = await headers.evaluateAll((els) =>
      els
        .sort((a, b) => a.getBoundingClientRect().x - b.getBoundingClientRect().x)
        .map((el) => el.getAttribute("data-stage-id")!),
    );
    await page.dragAndDrop(
      `.jk-chip[title^="${name}"]`,
      `.jk-stage[data-stage-id="${ids[to]}"] .jk-stage-name`,
    );
    const after = await chipsByStage();
    expect(after[from]).toEqual(before[from]!.slice(1));
    expect(after[to]).toEqual([...before[to]!, name]);
    await shot("header-chip-dragged");
    await press("Control+z");
    await expect.poll(chipsByStage).toEqual(before);
    expect(errors).toEqual([]);
  });
});

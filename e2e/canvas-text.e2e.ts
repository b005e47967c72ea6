import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from "vitest";
import { createPersona, getTemplate, type JourneyMap } from "../packages/core/src/index";
import { launchChromium, openFreshPage } from "./chromium";

// One picture of the map everywhere (issue 22), on the canvas: names wrap to two lines before they are
// cut and say the whole name on hover and focus; the persona legend never covers the emotion scale.
let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];
const SHOTS = join(process.cwd(), ".e2e-artifacts", "canvas-text");
const SIZES = [
  [1440, 900],
  [1024, 768],
] as const;

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await context?.close();
  ({ context, page } = await openFreshPage(browser, errors));
});

/** Open a map as a person opens a file, and wait until its headers are drawn. */
async function openMap(map: JourneyMap) {
  await page.getByTestId("open-file-input").setInputFiles({
    name: `${map.id}.journey.json`,
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(map)),
  });
  await expect.poll(() => page.locator(".ws-map-title").textContent()).toBe(map.title);
  await page.locator(".jk-stage").first().waitFor();
  await page.waitForTimeout(400);
}

const REPLY_LINE = "Reception phone line for table bookings";
const FRIENDS = "Friends' recommendations";
const RECOVERY = "Service recovery by the manager on duty";

/** The restaurant sample with long touchpoint names in its Touchpoints lane and one long moment title. */
function restaurant(): JourneyMap {
  const map = getTemplate("restaurant-complaint-recovery")!.create();
  map.id = "long-names";
  map.title = "Restaurant with long names";
  const [arrive, wait] = [map.stages[0]!, map.stages[1]!];
  const waiting = map.touchpoints.find((t) => t.stageId === wait.id)!;
  waiting.name = REPLY_LINE;
  map.touchpoints.push({ id: "tp-friends", stageId: arrive.id, name: FRIENDS, channel: "word-of-mouth" });
  const recovery = map.momentsOfTruth.find((m) => m.stageId === map.stages[3]!.id)!;
  recovery.title = RECOVERY;
  map.momentsOfTruth = map.momentsOfTruth.filter((m) => m.stageId !== recovery.stageId || m === recovery);
  return map;
}

/** The hotel blueprint (no Touchpoints lane: touchpoints are chips in the headers) with a long chip name. */
function hotel(): JourneyMap {
  const map = getTemplate("hotel-check-in-blueprint")!.create();
  map.id = "long-chips";
  map.title = "Hotel with long chip names";
  map.touchpoints[0]!.name =
    "Pre-arrival email with the booking details, the parking code and breakfast times";
  return map;
}

/**
 * Each named part's lines as shown (`lines`: the selector of its line elements inside it): how many,
 * whether the browser clips any (the layout's line is wider than the DOM draws it), whether they stay
 * inside the part, and its title (the whole name on hover).
 */
const shownNames = (selector: string, lines: string) =>
  page.locator(selector).evaluateAll(
    (parts, lines) =>
      parts.map((part) => {
        const shown = [...part.querySelectorAll<HTMLElement>(lines)];
        const box = part.getBoundingClientRect();
        return {
          title: (part as HTMLElement).title,
          lines: shown.map((l) => l.textContent ?? ""),
          clipped: shown.some((l) => l.scrollWidth > l.clientWidth + 1),
          inside: shown.every((l) => {
            const r = l.getBoundingClientRect();
            return r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.right <= box.right + 1;
          }),
        };
      }),
    lines,
  );

/** What a part shows when the keyboard brings focus to it (its `data-tip`, drawn after it). */
async function focusTip(selector: string) {
  const part = page.locator(selector);
  await part.focus();
  // A key pressed with focus there: the browser shows focus as it does for keyboard users.
  await page.keyboard.press("Shift");
  return part.evaluate((el) => getComputedStyle(el, "::after").content);
}

describe("names on the canvas", () => {
  test("touchpoints in the lane and a moment's label wrap to two lines before they are cut, whole on hover and focus (1440x900, 1024x768)", async () => {
    await page.goto(inject("workshopUrl"));
    await page.waitForURL(/#\/map\//);
    await openMap(restaurant());
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      await page.getByRole("button", { name: "Readable", exact: true }).click();
      await page.waitForTimeout(400);
      const boxes = await shownNames(".jk-touchpoint[data-touchpoint-id]", ".jk-touchpoint-name > span");
      expect(boxes.length).toBeGreaterThan(5);
      for (const box of boxes) {
        expect(box.lines.length).toBeGreaterThanOrEqual(1);
        expect(box.lines.length).toBeLessThanOrEqual(2);
        expect(box.clipped).toBe(false);
        expect(box.inside).toBe(true);
      }
      const reply = boxes.find((b) => b.title.startsWith(REPLY_LINE))!;
      expect(reply.lines).toHaveLength(2);
      expect(REPLY_LINE.startsWith(reply.lines[0]!)).toBe(true);
      const friends = boxes.find((b) => b.title.startsWith(FRIENDS))!;
      expect(friends.lines).toHaveLength(2);
      expect(friends.lines[0]).toBe("Friends'");
      expect(await focusTip(`.jk-touchpoint[title^="${REPLY_LINE}"]`)).toBe(`"${REPLY_LINE}"`);

      const labels = await shownNames(".jk-moment-label", ":scope > span");
      const label = labels.find((l) => l.title === RECOVERY);
      expect(label!.clipped).toBe(false);
      expect(label!.inside).toBe(true);
      expect(label!.lines.join(" ")).toBe(RECOVERY);
      expect(await focusTip(`.jk-moment[aria-label$="${RECOVERY}"]`)).toMatch(new RegExp(`${RECOVERY}"$`));
      await page.screenshot({ path: join(SHOTS, `lane-names-${width}x${height}-light.png`) });
    }
    expect(errors).toEqual([]);
  });

  test("header chips wrap to two lines before they are cut, whole on hover and focus (1440x900, 1024x768)", async () => {
    await page.goto(inject("workshopUrl"));
    await page.waitForURL(/#\/map\//);
    const map = hotel();
    await openMap(map);
    const long = map.touchpoints[0]!.name;
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      await page.getByRole("button", { name: "Readable", exact: true }).click();
      await page.waitForTimeout(400);
      const chips = await shownNames(".jk-chip", ":scope > span");
      expect(chips.length).toBe(map.touchpoints.length);
      for (const chip of chips) {
        expect(chip.lines.length).toBeLessThanOrEqual(2);
        expect(chip.clipped).toBe(false);
        expect(chip.inside).toBe(true);
      }
      // Cut after two lines: the whole name on focus. Whole in two lines: nothing more to say.
      const cut = chips.find((c) => c.title.startsWith(long))!;
      expect(cut.lines).toHaveLength(2);
      expect(cut.lines[1]!.endsWith("…")).toBe(true);
      expect(await focusTip(`.jk-chip[title^="${long}"]`)).toBe(`"${long}"`);
      await page.screenshot({ path: join(SHOTS, `header-chips-${width}x${height}-light.png`) });
    }
    expect(errors).toEqual([]);
  });
});

/** Boxes that overlap by more than a hair. */
const overlap = (a: DOMRectLike, b: DOMRectLike) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
type DOMRectLike = { left: number; right: number; top: number; bottom: number };

describe("the persona legend and the emotion scale", () => {
  test("never overlap, from one to six personas with long names, light and dark", async () => {
    await page.goto(inject("workshopUrl"));
    await page.waitForURL(/#\/map\//);
    const names = [
      "Claire Montgomery-Featherstonehaugh",
      "Raj",
      "Bartholomew, the regular who always orders the lamb",
      "Sofía",
      "Hiroshi Takahashi-Nakamura",
      "An",
    ];
    for (const theme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: theme });
      for (let count = 1; count <= names.length; count++) {
        const map = getTemplate("restaurant-complaint-recovery")!.create();
        map.id = `legend-${theme}-${count}`;
        map.title = `${count} personas (${theme})`;
        const template = map.personas[0]!;
        map.personas = names
          .slice(0, count)
          .map((name, i) => (i === 0 ? { ...template, name } : createPersona({ id: `persona-${i}`, name })));
        map.emotions = map.emotions.filter((e) => e.personaId === template.id);
        await openMap(map);
        await expect.poll(() => page.locator(".jk-legend li").count()).toBe(count);
        const boxes = await page.evaluate(() => {
          const rect = (el: Element) => {
            const r = el.getBoundingClientRect();
            return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
          };
          const lane = document.querySelector(".jk-lane--emotions")!;
          return {
            lane: rect(lane),
            legend: [...lane.querySelectorAll(".jk-legend button")].map(rect),
            scale: [...document.querySelectorAll(".jk-level-face, .jk-emotion-legend")].map(rect),
          };
        });
        expect(boxes.scale.length).toBeGreaterThanOrEqual(7);
        for (const item of boxes.legend) {
          for (const label of boxes.scale) expect(overlap(item, label)).toBe(false);
          // Inside the lane's title cell: nothing spills over the curves or into the next lane.
          expect(item.right).toBeLessThanOrEqual(boxes.lane.right + 0.5);
          expect(item.bottom).toBeLessThanOrEqual(boxes.lane.bottom + 0.5);
        }
        if (count === 1 || count === names.length)
          await page.screenshot({ path: join(SHOTS, `legend-${count}-personas-1440x900-${theme}.png`) });
      }
    }
    expect(errors).toEqual([]);
  });
});

import { mkdirSync, readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchChromium, openFreshPage } from "./chromium";

// A whole workshop with the keyboard only: every step is page.keyboard (no mouse, no click, no
// focus() from the test). The test reads the page only to know where focus is.

let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];
const shots = new URL("../.e2e-artifacts/keyboard/", import.meta.url);

beforeAll(async () => {
  browser = await launchChromium();
  ({ context, page } = await openFreshPage(browser, errors));
  mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** What has focus: enough to recognise a button, field, grid cell or card. */
interface Focused {
  tag: string;
  role: string | null;
  name: string;
  text: string;
  grid: string | null;
  lane: string | null;
  stage: string | null;
}
const focused = (): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const labelled = el && "labels" in el ? (el as HTMLInputElement).labels?.[0]?.textContent : undefined;
    return {
      tag: el?.tagName ?? "",
      role: el?.getAttribute("role") ?? null,
      name: (el?.getAttribute("aria-label") ?? labelled ?? "").trim(),
      text: (el?.textContent ?? "").trim().slice(0, 80),
      grid: el?.dataset?.grid ?? null,
      lane: el?.dataset?.gridLane ?? null,
      stage: el?.dataset?.gridStage ?? null,
    };
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
/** Presses Tab (or Shift+Tab) until `wanted` has focus; returns how many presses it took. */
async function tabTo(wanted: (f: Focused) => boolean, what: string, back = false, max = 80): Promise<number> {
  for (let n = 1; n <= max; n++) {
    await press(back ? "Shift+Tab" : "Tab");
    if (wanted(await focused())) return n;
  }
  throw new Error(`${what}: not reached with ${max} ${back ? "Shift+Tab" : "Tab"} presses`);
}
/** Presses `key` until `wanted` has focus; returns the presses. */
async function arrowTo(
  key: string,
  wanted: (f: Focused) => boolean,
  what: string,
  max = 30,
): Promise<number> {
  for (let n = 0; n <= max; n++) {
    if (wanted(await focused())) return n;
    await press(key);
  }
  throw new Error(`${what}: not reached with ${key}`);
}
/** Waits until focus is on an element matching `wanted` (focus moves on the next frame after some keys). */
const settle = (wanted: string) =>
  page.waitForFunction((selector) => document.activeElement?.matches(selector), wanted);
const named = (name: string | RegExp) => (f: Focused) =>
  typeof name === "string" ? f.name === name || f.text === name : name.test(f.name) || name.test(f.text);

const STAGES = ["Hear about us", "Compare plans", "Sign up", "First week", "Renew"];
// Lanes of a blank map: Actions, Thoughts, Touchpoints, Emotions, Pain points, Opportunities.
const LANES = { actions: 0, thoughts: 1, painPoints: 4, opportunities: 5 } as const;
/** The cards, by lane and stage: 20 in all, two in some cells. */
const CARDS: [lane: keyof typeof LANES, stage: number, text: string][] = [
  ["actions", 0, "Sees an ad"],
  ["thoughts", 0, "Is it for me?"],
  ["painPoints", 0, "Ad is vague"],
  ["actions", 1, "Reads the price page"],
  ["thoughts", 1, "Too many plans"],
  ["painPoints", 1, "Hidden fees"],
  ["painPoints", 1, "No comparison table"],
  ["actions", 2, "Fills the form"],
  ["thoughts", 2, "Why my phone?"],
  ["painPoints", 2, "Form is long"],
  ["painPoints", 2, "Email never comes"],
  ["opportunities", 2, "Sign up with Google"],
  ["actions", 3, "Invites the team"],
  ["thoughts", 3, "This saves time"],
  ["opportunities", 3, "Guided tour"],
  ["opportunities", 3, "Templates to start"],
  ["actions", 4, "Gets the invoice"],
  ["thoughts", 4, "Worth it?"],
  ["opportunities", 4, "Usage summary"],
  ["opportunities", 4, "Annual discount"],
];

describe("a whole workshop with the keyboard only", () => {
  test("blank map, 5 named stages, 20 cards, two emotion curves, a moment of truth and a metric, saved", async () => {
    await page.goto(`${inject("workshopUrl")}#/`);
    await page.getByRole("button", { name: "New blank map" }).waitFor();

    // Start: a blank map.
    await tabTo(named("New blank map"), "New blank map");
    await press("Enter");
    await page.waitForURL(/#\/map\//);
    await page.locator('[data-grid="cell"]').first().waitFor();
    await page.waitForTimeout(300);
    const laneIds = await page
      .locator(".jk-lane[data-lane-id]")
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-lane-id")!));
    const stageIds = async () =>
      page.locator(".jk-stage[data-stage-id]").evaluateAll((els) =>
        els
          .map((el) => ({ id: el.getAttribute("data-stage-id")!, x: el.getBoundingClientRect().x }))
          .sort((a, b) => a.x - b.x)
          .map((s) => s.id),
      );

    // Into the map: one Tab stop, the first cell (counted from the page's top, and past the toolbar).
    const tabsToToolbarEnd = await tabTo(named("● Vote"), "the toolbar's last button");
    const tabsPastToolbar = await tabTo((f) => f.grid !== null, "the map's grid");
    const tabsIntoGrid = tabsToToolbarEnd + tabsPastToolbar;
    const first = await focused();
    expect(first.grid).toBe("cell");
    expect(first.lane).toBe(laneIds[0]);

    // Name the three stages of a blank map: ↑ to the header, F2, type, Enter, → to the next.
    await press("ArrowUp");
    for (let i = 0; i < 3; i++) {
      if (i > 0) await press("ArrowRight");
      expect((await focused()).grid).toBe("stage");
      await press("F2");
      expect((await focused()).name).toBe("Stage name");
      await type(STAGES[i]!);
      await press("Enter");
      await settle('[data-grid="stage"]');
    }
    // Two more with the toolbar's + Stage, which puts the caret in the new stage's name.
    for (let i = 3; i < 5; i++) {
      await tabTo(named("+ Stage"), "+ Stage", true);
      await press("Enter");
      await page.getByRole("textbox", { name: "Stage name" }).waitFor();
      expect((await focused()).name).toBe("Stage name");
      await type(STAGES[i]!);
      await press("Enter");
      await settle('[data-grid="stage"]');
    }
    await page.waitForTimeout(200);
    const stages = await stageIds();
    expect(stages).toHaveLength(5);

    // A lane renamed in place: from a cell ← to its title, Enter, type, Enter; then back to stage 1.
    await arrowTo("ArrowLeft", (f) => f.grid === "stage" && f.text.includes(STAGES[0]!), "first stage");
    await press("ArrowDown");
    await press("ArrowLeft");
    expect((await focused()).grid).toBe("lane");
    await press("Enter");
    expect((await focused()).name).toBe("Lane title");
    await type("What they do");
    await page.screenshot({ path: new URL("lane-rename-1440x900.png", shots).pathname });
    await press("Enter");
    await settle('[data-grid="lane"]');
    await press("ArrowRight");
    await press("ArrowUp");
    expect((await focused()).text).toContain(STAGES[0]!);

    // Cards: from the stage header, ↓ into the column; N, type, Enter; the next card is N again.
    const perCard: { text: string; where: string; navigation: number; keys: number }[] = [];
    const isCell = (lane: number, stage: number) => (f: Focused) =>
      f.grid === "cell" && f.lane === laneIds[lane] && f.stage === stages[stage];
    let previous: [number, number] | null = null;
    for (const [laneKind, stage, text] of CARDS) {
      const lane = LANES[laneKind];
      const before = keystrokes;
      let where = "next card in the same cell";
      if (!previous || previous[0] !== lane || previous[1] !== stage) {
        where = "first card in an empty cell";
        if (!previous || previous[1] !== stage) {
          // A new stage: Escape back to the cell, ↑ to the top of the column, → to the next stage's
          // header, ↓ into it.
          if (previous) {
            await press("Escape");
            await arrowTo("ArrowUp", (f) => f.grid === "stage", "stage header");
            await press("ArrowRight");
          } else {
            await arrowTo(
              "ArrowLeft",
              (f) => f.grid === "stage" && f.text.includes(STAGES[0]!),
              "first stage",
            );
          }
          await press("ArrowDown");
        }
        await arrowTo("ArrowDown", isCell(lane, stage), `${laneKind} cell of stage ${stage + 1}`);
      }
      const navigation = keystrokes - before;
      const at = await focused();
      await press("n");
      await page
        .getByRole("textbox", { name: "Card text" })
        .waitFor({ timeout: 5000 })
        .catch(async (error) => {
          throw new Error(`N on ${JSON.stringify(at)} for "${text}" opened no card: ${error}`);
        });
      await type(text);
      await press("Enter");
      // Focus comes back to the card a frame after editing ends (the body holds every text meanwhile).
      await page.waitForFunction(
        (t) =>
          document.activeElement?.matches('[data-grid="card"]') &&
          document.activeElement.textContent?.includes(t),
        text,
      );
      perCard.push({ text, where, navigation, keys: keystrokes - before });
      if (perCard.length === 2) {
        // A focused card near the top: stage headers and lane titles in view.
        await page.waitForTimeout(300);
        await page.screenshot({ path: new URL("card-1440x900.png", shots).pathname });
      }
      previous = [lane, stage];
    }

    // Screenshots of the focused grid (a cell with its focus ring), at two window sizes.
    await press("Escape");
    await expect.poll(async () => (await focused()).grid).toBe("cell");
    await page.waitForTimeout(300);
    await page.screenshot({ path: new URL("grid-1440x900.png", shots).pathname });
    // A smaller window: the canvas pans to what gets focus next.
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.waitForTimeout(400);
    await press("ArrowLeft");
    await page.waitForTimeout(300);
    await page.screenshot({ path: new URL("grid-1024x768.png", shots).pathname });
    await page.emulateMedia({ colorScheme: "dark" });
    await press("ArrowRight");
    await page.waitForTimeout(300);
    await page.screenshot({ path: new URL("grid-1024x768-dark.png", shots).pathname });
    await page.emulateMedia({ colorScheme: "light" });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.waitForTimeout(300);

    // A moment of truth on stage 3: its header selected, + Moment, then its title in the inspector.
    const momentKeys = keystrokes;
    await arrowTo("ArrowUp", (f) => f.grid === "stage", "stage header");
    await arrowTo("ArrowLeft", (f) => f.grid === "stage" && f.text.includes(STAGES[2]!), "Sign up header");
    await tabTo(named("+ Moment"), "+ Moment", true);
    await press("Enter");
    await tabTo((f) => f.name === "Title", "moment title");
    await press("Control+a");
    await type("Confirmation email arrives");
    await press("Enter");
    // A metric on the same stage: + Metric, then its value.
    await tabTo(named("+ Metric"), "+ Metric", true);
    await press("Enter");
    await tabTo((f) => f.name === "Value", "metric value");
    await press("Control+a");
    await type("64");
    await press("Enter");
    const inspectorKeys = keystrokes - momentKeys;

    // Two personas' emotion curves: + Persona (it becomes the one being drawn), then the first again.
    const emotionKeys = keystrokes;
    await tabTo(named("+ Persona"), "+ Persona", true);
    await press("Enter");
    await page.waitForTimeout(200);
    const curve = async (persona: string, scores: number[]) => {
      for (let i = 0; i < scores.length; i++) {
        await tabTo(named(`Add ${persona}'s point in stage ${STAGES[i]}`), `${persona}'s + at ${STAGES[i]}`);
        await press("Enter");
        // Focus moves to the new point's slider once it is drawn: wait for it as a person would.
        await expect
          .poll(async () => {
            const slider = await focused();
            return `${slider.role} ${slider.name}`;
          })
          .toBe(`slider ${persona}'s emotion at ${STAGES[i]}`);
        const score = scores[i]!;
        if (score !== 0) await press(score > 0 ? "ArrowUp" : "ArrowDown", Math.abs(score));
      }
    };
    await curve("Persona 2", [1, -2, -1, 2, 3]);
    await tabTo(named("Focus Customer's curve"), "◎ Customer", true);
    await press("Enter");
    await curve("Customer", [0, -1, -3, 1, 2]);
    const curveKeys = keystrokes - emotionKeys;

    // Save the file and read it.
    await tabTo(named("Save file"), "Save file", true, 150);
    const [download] = await Promise.all([page.waitForEvent("download"), press("Enter")]);
    const saved = JSON.parse(readFileSync(await download.path(), "utf8"));

    expect(saved.stages.map((s: { name: string }) => s.name)).toEqual(STAGES);
    const laneOf = (id: string) => saved.lanes.findIndex((l: { id: string }) => l.id === id);
    const stageOf = (id: string) => saved.stages.findIndex((s: { id: string }) => s.id === id);
    expect(
      saved.cards.map((c: { laneId: string; stageId: string; text: string }) => [
        laneOf(c.laneId),
        stageOf(c.stageId),
        c.text,
      ]),
    ).toEqual(CARDS.map(([lane, stage, text]) => [LANES[lane], stage, text]));
    expect(saved.lanes[0].title).toBe("What they do");
    expect(saved.lanes.map((l: { kind: string }) => l.kind)).toEqual([
      "actions",
      "thoughts",
      "touchpoints",
      "emotions",
      "painPoints",
      "opportunities",
    ]);
    const [customer, second] = saved.personas;
    expect(second.name).toBe("Persona 2");
    const curveOf = (personaId: string) =>
      saved.stages.map(
        (s: { id: string }) =>
          saved.emotions.find(
            (e: { personaId: string; stageId: string }) => e.personaId === personaId && e.stageId === s.id,
          )?.score,
      );
    expect(curveOf(second.id)).toEqual([1, -2, -1, 2, 3]);
    expect(curveOf(customer.id)).toEqual([0, -1, -3, 1, 2]);
    expect(saved.momentsOfTruth).toEqual([
      expect.objectContaining({ title: "Confirmation email arrives", stageId: saved.stages[2].id }),
    ]);
    expect(saved.metrics).toEqual([
      expect.objectContaining({ kind: "CSAT", value: 64, stageId: saved.stages[2].id }),
    ]);
    expect(errors).toEqual([]);

    // The figures.
    const rows = perCard.map(
      (c) =>
        `  ${c.where.padEnd(28)} ${String(c.keys).padStart(3)} keys = ${c.navigation} to get there + N + ${[...c.text].length} typed + Enter   (${c.text})`,
    );
    const average = (list: typeof perCard) =>
      (list.reduce((sum, c) => sum + c.keys - [...c.text].length, 0) / list.length).toFixed(1);
    const firsts = perCard.filter((c) => c.where.startsWith("first"));
    const nexts = perCard.filter((c) => c.where.startsWith("next"));
    console.log(
      [
        "keyboard-only workshop: keystrokes",
        `  Tab presses to the first cell: ${tabsIntoGrid} from the page's top, ${tabsPastToolbar} past the toolbar's last button`,
        ...rows,
        `  first card in an empty cell: ${average(firsts)} keys besides the text on average (${firsts.length} cards)`,
        `  next card in the same cell:  ${average(nexts)} keys besides the text on average (${nexts.length} cards)`,
        `  moment of truth + metric (toolbar, inspector): ${inspectorKeys} keys`,
        `  two emotion curves, 5 points each (+ Persona, ◎, Tab, Enter, arrows): ${curveKeys} keys`,
        `  whole workshop: ${keystrokes} keys`,
      ].join("\n"),
    );
  }, 180_000);

  test("lines pasted with Ctrl+V on a focused cell become one card each, one undo step", async () => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(`${inject("workshopUrl")}#/`);
    await page.getByRole("button", { name: "New blank map" }).waitFor();
    await tabTo(named("New blank map"), "New blank map");
    await press("Enter");
    await page.locator('[data-grid="cell"]').first().waitFor();
    await page.waitForTimeout(300);
    await tabTo((f) => f.grid !== null, "the map's grid");
    await press("ArrowRight");
    // The clipboard is filled as another app would; the rest is keys.
    await page.evaluate(() =>
      navigator.clipboard.writeText("Waits for the bus\n\n- Checks the app\nGives up\n"),
    );
    await press("Control+v");
    const cards = page.locator("[data-card-id] .jk-card-text");
    await expect
      .poll(() => cards.allTextContents())
      .toEqual(["Waits for the bus", "Checks the app", "Gives up"]);
    await expect.poll(async () => (await focused()).text).toContain("Gives up");
    await press("Control+z");
    await expect.poll(() => cards.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { cardTexts, type JoinOptions, liveWorkshop } from "./live-workshop";

// "Follow me" in a live workshop, in real Chromium: journeykit-server (the built bin) on a free
// loopback port, the facilitator and participants as separate browser contexts in one room.
const SHOTS = ".e2e-artifacts/live-follow";
const SECRET = "e2e-live-follow-secret";
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

const live = liveWorkshop(SECRET, { shots: SHOTS });
const { people, errors } = live;

const person = (room: string, name: string, facilitator: boolean, options: JoinOptions = {}): Promise<Page> =>
  people.join(room, name, { ...options, facilitator });

/** The stage on a page's presenter ("" when it shows none: the editor). */
const shownStage = (page: Page) =>
  page.evaluate(() => document.querySelector("[role=dialog] .ws-slide-title")?.textContent ?? "");

/** Ms from `act` until `page` shows `stage` (polled every 10 ms: an upper bound of what a person waits). */
async function timeUntilShown(page: Page, stage: string, act: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await act();
  await expect.poll(() => shownStage(page), { interval: 10 }).toBe(stage);
  return Math.round(performance.now() - started);
}

/** axe's serious and critical violations inside `selector` (the presenter, the follow prompt). */
async function axeProblems(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async (include) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: unknown,
            options: unknown,
          ) => Promise<{
            violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run({ include: [include] }, { resultTypes: ["violations"] });
    return result.violations;
  }, selector);
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("live session: follow me", () => {
  test("the participant's screen follows the facilitator's presentation step by step, stops, follows again, and is back in the editor with their work when it ends", async () => {
    const room = "e2e-follow";
    const ana = await person(room, "Ana", true);
    const bea = await person(room, "Bea", false);

    // Bea is in the middle of her own work: a card added, another one half typed.
    await bea.locator("[data-card-id]").first().focus();
    await bea.keyboard.press("n");
    await bea.getByRole("textbox", { name: "Card text" }).fill("Bea's finished note");
    await bea.keyboard.press("Enter");
    await bea.getByRole("button", { name: "Bea's finished note" }).waitFor();
    await bea.locator("[data-card-id]").first().focus();
    await bea.keyboard.press("n");
    await bea.getByRole("textbox", { name: "Card text" }).fill("Bea, half typed");

    await ana.getByRole("button", { name: "Present" }).click();
    const anaShow = ana.getByRole("dialog", { name: /^Presenting / });
    await anaShow.waitFor();
    // Presenting alone does not take over anyone's screen.
    await expect(bea.getByRole("dialog").count()).resolves.toBe(0);
    const followMe = anaShow.getByRole("button", { name: "Follow me" });
    await expect(followMe.getAttribute("aria-pressed")).resolves.toBe("false");
    const first = await shownStage(ana);
    const latencies = [await timeUntilShown(bea, first, () => followMe.click())];
    await expect(followMe.getAttribute("aria-pressed")).resolves.toBe("true");
    const status = bea.getByRole("status").filter({ hasText: "Following" });
    await expect(status.textContent()).resolves.toMatch(/Following Ana·Stop following/);
    await expect.poll(() => anaShow.locator(".ws-follow-count").textContent()).toBe("1 following: Bea");

    // Ana steps twice with the keyboard; Bea's screen follows each step.
    for (const _ of [1, 2]) {
      const before = await shownStage(ana);
      const started = performance.now();
      await ana.keyboard.press("ArrowRight");
      await expect.poll(() => shownStage(ana), { interval: 10 }).not.toBe(before);
      const next = await shownStage(ana);
      await expect.poll(() => shownStage(bea), { interval: 10 }).toBe(next);
      latencies.push(Math.round(performance.now() - started));
    }
    const third = await shownStage(ana);
    expect(third).not.toBe(first);

    // Bea stops following with Esc: back in her editor, "Follow Ana" focused; Ana sees nobody follows.
    await bea.keyboard.press("Escape");
    await expect.poll(() => bea.getByRole("dialog").count()).toBe(0);
    await expect.poll(() => bea.evaluate(() => document.activeElement?.textContent)).toBe("Follow Ana");
    await expect.poll(() => anaShow.locator(".ws-follow-count").textContent()).toBe("Nobody following yet");
    await ana.keyboard.press("ArrowLeft");
    await expect.poll(() => bea.getByRole("dialog").count()).toBe(0);
    // Enter on "Follow Ana": on the stage Ana shows now.
    const now = await shownStage(ana);
    latencies.push(await timeUntilShown(bea, now, () => bea.keyboard.press("Enter")));
    await expect.poll(() => anaShow.locator(".ws-follow-count").textContent()).toBe("1 following: Bea");

    // Someone who joins late follows at once.
    const cai = await person(room, "Cai", false);
    await expect.poll(() => shownStage(cai)).toBe(now);
    await expect.poll(() => anaShow.locator(".ws-follow-count").textContent()).toBe("2 following: Bea, Cai");

    // Ana ends her presentation: both are back in their editors, Bea's work all there.
    await ana.keyboard.press("Escape");
    for (const page of [ana, bea, cai]) await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
    await expect
      .poll(() => cardTexts(bea))
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^Bea's finished note/),
          expect.stringMatching(/^Bea, half typed/),
        ]),
      );
    await expect
      .poll(() => cardTexts(ana))
      .toEqual(expect.arrayContaining([expect.stringMatching(/^Bea, half typed/)]));
    await expect(bea.getByRole("button", { name: "Follow Ana" }).count()).resolves.toBe(0);

    // Ana presents with follow me again and closes her browser mid-presentation: nobody is left on her slide.
    await ana.getByRole("button", { name: "Present" }).click();
    await ana.getByRole("button", { name: "Follow me" }).click();
    for (const page of [bea, cai]) await expect.poll(() => shownStage(page)).toBe(first);
    await ana.context().close();
    for (const page of [bea, cai]) await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
    await expect(bea.getByRole("button", { name: "Follow Ana" }).count()).resolves.toBe(0);
    console.log(
      `follow me: action -> follower shows the stage, ms (incl. the test's 10 ms polling): ${latencies.join(", ")}`,
    );

    await people.close();
    expect(errors).toEqual([]);
  });

  test("screenshots: the facilitator presenting with follow me, the follower's screen and the Follow prompt, light and dark, two sizes", async () => {
    await people.close();
    for (const [width, height] of [
      [1440, 900],
      [1024, 768],
    ] as const) {
      for (const dark of [false, true]) {
        const theme = dark ? "dark" : "light";
        const room = `e2e-follow-${width}-${theme}`;
        const ana = await person(room, "Ana", true, { width, height, dark });
        const bea = await person(room, "Bea", false, { width, height, dark });
        // The facilitator's top bar with Present: every control on screen.
        const present = ana.getByRole("button", { name: "Present" });
        const box = await present.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= width && box.y >= 0, `Present ${width}`).toBe(true);
        await ana.screenshot({ path: `${SHOTS}/facilitator-editor-${width}-${theme}.png` });
        await present.click();
        await ana.getByRole("button", { name: "Follow me" }).click();
        await ana.keyboard.press("ArrowRight");
        const stage = await shownStage(ana);
        await expect.poll(() => shownStage(bea)).toBe(stage);
        await expect.poll(() => ana.locator(".ws-follow-count").textContent()).toBe("1 following: Bea");
        for (const [who, page] of [
          ["facilitator", ana],
          ["follower", bea],
        ] as const) {
          // Nothing in the bars is cut off or pushed off screen.
          for (const selector of [".ws-presenter-bar", ".ws-follow-bar"]) {
            const overflow = await page.evaluate((s) => {
              const bar = document.querySelector(s);
              if (!bar) return null;
              const box = bar.getBoundingClientRect();
              const out = [...bar.querySelectorAll("*")].filter((child) => {
                const r = child.getBoundingClientRect();
                return r.right > window.innerWidth + 0.5 || r.left < -0.5 || r.bottom > box.bottom + 0.5;
              });
              return out.length + (bar.scrollWidth > bar.clientWidth ? 1 : 0);
            }, selector);
            if (overflow !== null) expect(overflow, `${who} ${selector} ${width} ${theme}`).toBe(0);
          }
          await page.screenshot({ path: `${SHOTS}/${who}-${width}-${theme}.png` });
          if (width === 1440) expect(await axeProblems(page, "[role=dialog]"), `${who} ${theme}`).toEqual([]);
        }
        await bea.getByRole("button", { name: "Stop following" }).click();
        await bea.getByRole("button", { name: "Follow Ana" }).waitFor();
        await bea.screenshot({ path: `${SHOTS}/follow-prompt-${width}-${theme}.png` });
        if (width === 1440) expect(await axeProblems(bea, ".ws-follow-prompt"), theme).toEqual([]);
        await people.close();
      }
    }
    expect(errors).toEqual([]);
  });
});

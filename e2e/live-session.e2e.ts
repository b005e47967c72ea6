import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { cardTexts, type JoinOptions, liveWorkshop } from "./live-workshop";

// A live workshop in real Chromium: journeykit-server (the built bin) on a free loopback port, two
// browser contexts (two people: separate IndexedDB) in one room through the workshop app's live links.
const SHOTS = ".e2e-artifacts/live-session";
const SECRET = "e2e-live-session-secret";
const ROOM = "e2e-live";

const live = liveWorkshop(SECRET, { shots: SHOTS });
const { people, errors } = live;

/** Join the room (`ROOM` unless another is named) as `name`. */
const person = (name: string, facilitator: boolean, options: JoinOptions & { room?: string } = {}) =>
  people.join(options.room ?? ROOM, name, { ...options, facilitator });

/** The cards these tests add (named "Ana …" / "Bea …"), sorted: the template's own cards left out. */
const mine = async (page: Page) =>
  (await cardTexts(page))
    .map((text) => /^(Ana|Bea) (online|offline)/.exec(text)?.[0])
    .filter((text): text is string => text !== undefined)
    .sort();

/** What kind of place in the map's keyboard grid has focus ("card", "cell", ...), or null outside it. */
const focusedPlace = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest<HTMLElement>("[data-grid]")?.dataset.grid ?? null);

/** Add a card with N next to the first card of the map, typed and committed with Enter. */
async function addCard(page: Page, text: string) {
  await page.locator("[data-card-id]").first().focus();
  await page.keyboard.press("n");
  await page.getByRole("textbox", { name: "Card text" }).fill(text);
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: text }).waitFor();
}

/** Moves the pointer across the canvas's empty area below the lanes, ending at (x, y) of the page. */
async function hover(page: Page, x: number, y: number) {
  for (let i = 0; i <= 5; i++) await page.mouse.move(x - 50 + i * 10, y - 20 + i * 4);
}

describe("live session: two people, one room", () => {
  test("edits and pointers travel both ways, Undo undoes only one's own edit, and every edit survives a server crash", async () => {
    const ana = await person("Ana", true);
    const bea = await person("Bea", false);

    await addCard(ana, "Ana online");
    await expect
      .poll(() => cardTexts(bea))
      .toEqual(expect.arrayContaining([expect.stringMatching(/^Ana online/)]));
    await addCard(bea, "Bea online");
    await expect
      .poll(() => cardTexts(ana))
      .toEqual(expect.arrayContaining([expect.stringMatching(/^Bea online/)]));

    // Ana's Ctrl+Z takes back her own card only; Bea's stays, on both pages. Ctrl+Shift+Z brings it back.
    await ana.getByRole("button", { name: /^Bea online/ }).focus();
    await ana.keyboard.press("Control+z");
    for (const page of [ana, bea]) {
      await expect
        .poll(() => cardTexts(page))
        .not.toEqual(expect.arrayContaining([expect.stringMatching(/^Ana online/)]));
      await expect(cardTexts(page)).resolves.toEqual(
        expect.arrayContaining([expect.stringMatching(/^Bea online/)]),
      );
    }
    await ana.keyboard.press("Control+Shift+z");
    await expect
      .poll(() => cardTexts(bea))
      .toEqual(expect.arrayContaining([expect.stringMatching(/^Ana online/)]));

    // Bea's pointer on Ana's canvas, in Bea's colour, with her name.
    await hover(bea, 700, 500);
    const beaOnAna = ana.locator('.jk-presence-pointer[data-peer="Bea"]');
    await beaOnAna.waitFor();
    await expect(beaOnAna.textContent()).resolves.toBe("Bea");
    await hover(ana, 500, 420);
    await bea.locator('.jk-presence-pointer[data-peer="Ana"]').waitFor();
    await ana.screenshot({ path: `${SHOTS}/pointers-1440-light.png` });
    // Bea's pointer leaves her canvas: it disappears from Ana's.
    await bea.mouse.move(700, 5);
    await expect.poll(() => beaOnAna.count()).toBe(0);
    await hover(bea, 760, 540);
    await beaOnAna.waitFor();

    // The server crashes; both keep editing; their pills say so.
    await live.server.crash();
    for (const page of [ana, bea]) await page.locator(".ws-live-status[data-status=offline]").waitFor();
    await addCard(bea, "Bea offline");
    await addCard(ana, "Ana offline");
    await ana.screenshot({ path: `${SHOTS}/offline-1440-light.png` });

    // Back with the same data: every edit from both is on both pages.
    await live.server.restart();
    const all = ["Ana online", "Bea online", "Bea offline", "Ana offline"].map((text) =>
      expect.stringMatching(new RegExp(`^${text}`)),
    );
    for (const page of [ana, bea]) {
      await expect.poll(() => cardTexts(page), { timeout: 25_000 }).toEqual(expect.arrayContaining(all));
      await page.locator(".ws-live-status[data-status=connected]").waitFor({ timeout: 25_000 });
    }

    await people.close();
    expect(errors).toEqual([]);
  });

  test("after the server restarts, each person's Ctrl+Z and Undo button take back only their own offline edit", async () => {
    await people.close();
    await live.server.restart();
    const room = `e2e-undo-${Date.now()}`;
    const ana = await person("Ana", true, { room });
    const bea = await person("Bea", false, { room });
    await addCard(ana, "Ana online");
    await addCard(bea, "Bea online");
    for (const page of [ana, bea]) {
      await expect.poll(() => mine(page)).toEqual(["Ana online", "Bea online"]);
    }

    // The server crashes; each adds a card offline, then it comes back and both reconnect.
    await live.server.crash();
    for (const page of [ana, bea]) await page.locator(".ws-live-status[data-status=offline]").waitFor();
    await addCard(ana, "Ana offline");
    await addCard(bea, "Bea offline");
    await live.server.restart();
    const all = ["Ana offline", "Ana online", "Bea offline", "Bea online"];
    for (const page of [ana, bea]) {
      await page.locator(".ws-live-status[data-status=connected]").waitFor({ timeout: 25_000 });
      await expect.poll(() => mine(page), { timeout: 25_000 }).toEqual(all);
    }

    // Ana just presses Ctrl+Z (focus is still where her Enter left it): her offline card goes, on
    // both screens; everything of Bea's stays.
    await ana.keyboard.press("Control+z");
    for (const page of [ana, bea]) {
      await expect.poll(() => mine(page)).toEqual(["Ana online", "Bea offline", "Bea online"]);
    }
    // The card she was on is gone: her focus stays in the map (the next card, or its cell), not the page.
    await expect.poll(() => focusedPlace(ana)).toMatch(/^(card|cell)$/);
    // Bea clicks the toolbar's Undo: her offline card goes; then Ctrl+Z takes back her online card.
    await bea.getByRole("button", { name: /Undo/ }).click();
    for (const page of [ana, bea]) {
      await expect.poll(() => mine(page)).toEqual(["Ana online", "Bea online"]);
    }
    await bea.keyboard.press("Control+z");
    for (const page of [ana, bea]) await expect.poll(() => mine(page)).toEqual(["Ana online"]);
    // Bea's undos took away cards next to Ana's place: she is still in the map, so her keys reach it.
    await expect.poll(() => focusedPlace(ana)).toMatch(/^(card|cell)$/);
    // Ana's Ctrl+Shift+Z brings her offline card back; both screens end on the same map.
    await ana.keyboard.press("Control+Shift+z");
    for (const page of [ana, bea]) {
      await expect.poll(() => mine(page)).toEqual(["Ana offline", "Ana online"]);
    }
    const onAna = (await cardTexts(ana)).sort();
    await expect.poll(async () => (await cardTexts(bea)).sort()).toEqual(onAna);

    await people.close();
    expect(errors).toEqual([]);
  });

  test("the facilitator's invite dialog (join link and QR code) and peers' pointers, light and dark, two sizes", async () => {
    // People left over from a failed test would be drawn too.
    await people.close();
    for (const [width, height] of [
      [1440, 900],
      [1024, 768],
    ] as const) {
      for (const dark of [false, true]) {
        const theme = dark ? "dark" : "light";
        const ana = await person("Ana", true, { width, height, dark });
        const bea = await person("Bea", false, { width, height, dark });
        await hover(bea, Math.round(width * 0.5), Math.round(height * 0.55));
        await hover(ana, Math.round(width * 0.4), Math.round(height * 0.5));
        // Only the people in the room now (those who left are gone from everyone's canvas).
        await expect.poll(() => ana.locator('.jk-presence-pointer[data-peer="Bea"]').count()).toBe(1);
        await expect.poll(() => bea.locator('.jk-presence-pointer[data-peer="Ana"]').count()).toBe(1);
        await ana.screenshot({ path: `${SHOTS}/pointers-${width}-${theme}.png` });
        await ana.getByRole("button", { name: "Invite" }).click();
        const dialog = ana.getByRole("dialog", { name: "Invite people" });
        await dialog.getByRole("img", { name: "QR code of the join link" }).waitFor();
        await expect(dialog.getByRole("textbox", { name: "Join link" }).inputValue()).resolves.toContain(
          `#/live/${ROOM}?`,
        );
        await ana.screenshot({ path: `${SHOTS}/invite-${width}-${theme}.png` });
        await people.close();
      }
    }
    expect(errors).toEqual([]);
  });
});

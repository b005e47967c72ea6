import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { type JoinOptions, liveWorkshop } from "./live-workshop";

// Dot voting in a live workshop, counted by journeykit-server (the built bin on a free loopback port):
// a facilitator and two participants, each in their own browser context (own localStorage: own
// participant id, own dots), on a locked map.
const SHOTS = ".e2e-artifacts/live-voting";
const SECRET = "e2e-live-voting-secret";

const live = liveWorkshop(SECRET, { shots: SHOTS });
const { people, errors } = live;

const person = (name: string, facilitator: boolean, room: string, options: JoinOptions = {}): Promise<Page> =>
  people.join(room, name, { ...options, facilitator });

/** The facilitator locks editing, then starts dot voting with `dots` each. */
async function startVoting(page: Page, dots: number) {
  await page.getByRole("button", { name: "Lock editing" }).click();
  await page.getByRole("button", { name: "Start dot voting" }).click();
  await page.getByLabel("Dots per participant").fill(String(dots));
  await page.getByRole("button", { name: "Start", exact: true }).click();
}

/** Ids of the cards with a vote button (pain points and opportunities), in the map's order. */
const votableCardIds = (page: Page) =>
  page
    .locator(".jk-vote")
    .evaluateAll((buttons) =>
      buttons.map(
        (button) => button.parentElement?.querySelector("[data-card-id]")?.getAttribute("data-card-id") ?? "",
      ),
    );

const voteButton = (page: Page, cardId: string) =>
  page.locator(".react-flow__node", { has: page.locator(`[data-card-id="${cardId}"]`) }).locator(".jk-vote");
/** Click a card's vote button as a person would: the canvas pans it into view when it takes focus. */
async function clickVote(page: Page, cardId: string, modifiers: "Alt"[] = []) {
  const button = voteButton(page, cardId);
  await button.focus();
  await button.click({ modifiers });
}
/** The card's "● N" badge text, or "" without votes. */
const badge = (page: Page, cardId: string) =>
  page
    .locator(`[data-card-id="${cardId}"] .jk-votes`)
    .allTextContents()
    .then((texts) => texts.join(""));
const dotsLeft = (page: Page) => page.locator(".ws-live-dots").textContent();

describe("live session: dot voting counted by the server", () => {
  test("each participant has their own dots; a dot over budget is refused; totals reach every card, the results and the HTTP map", async () => {
    const room = "e2e-voting";
    const ana = await person("Ana", true, room);
    const bea = await person("Bea", false, room);
    const cy = await person("Cy", false, room);
    // Nobody votes before the facilitator starts.
    await expect(bea.locator(".jk-vote").count()).resolves.toBe(0);

    await startVoting(ana, 2);
    for (const page of [ana, bea, cy]) await expect.poll(() => dotsLeft(page)).toContain("2 of 2 dots left");
    // The map is locked for participants, yet they vote.
    await expect(bea.getByText("The facilitator has locked editing")).toBeTruthy();
    await expect.poll(() => bea.locator(".jk-vote").count()).toBeGreaterThan(1);
    const [first, second] = await votableCardIds(bea);
    expect(first && second).toBeTruthy();

    await clickVote(bea, first!);
    await expect.poll(() => dotsLeft(bea)).toContain("1 of 2 dots left");
    await clickVote(bea, first!);
    await expect.poll(() => dotsLeft(bea)).toContain("0 of 2 dots left");
    // A third dot is refused, with a message, and counts nowhere.
    await clickVote(bea, second!);
    await expect
      .poll(() => bea.getByRole("alert").allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining("You have used all 2 of your dots")]));
    await bea.screenshot({ path: `${SHOTS}/refused-1440-light.png` });

    await clickVote(cy, first!);
    await expect.poll(() => dotsLeft(cy)).toContain("1 of 2 dots left");
    // The keyboard works too: Enter on the focused +1 button gives a dot.
    await voteButton(cy, second!).focus();
    await cy.keyboard.press("Enter");
    await expect.poll(() => dotsLeft(cy)).toContain("0 of 2 dots left");

    for (const page of [ana, bea, cy]) {
      await expect.poll(() => badge(page, first!)).toBe("● 3");
      await expect.poll(() => badge(page, second!)).toBe("● 1");
    }

    // Alt-click takes one of Bea's dots back: her budget and the totals follow.
    await clickVote(bea, first!, ["Alt"]);
    await expect.poll(() => dotsLeft(bea)).toContain("1 of 2 dots left");
    for (const page of [ana, bea, cy]) await expect.poll(() => badge(page, first!)).toBe("● 2");
    await expect.poll(() => bea.getByRole("alert").count()).toBe(0);

    // The facilitator's results: cards ranked by the server's totals, dots used per participant.
    await ana.getByRole("tab", { name: "Votes" }).click();
    const results = ana.locator("section[aria-labelledby=live-voting-heading]");
    await expect
      .poll(() => results.locator(".ws-ranked li").allTextContents())
      .toEqual([expect.stringMatching(/^● 2 /), expect.stringMatching(/^● 1 /)]);
    await expect
      .poll(() =>
        results.getByRole("list", { name: "Dots used per participant" }).locator("li").allTextContents(),
      )
      .toEqual(["Cy2 of 2", "Bea1 of 2"]);
    await expect
      .poll(() => results.getByTestId("live-vote-tally").textContent())
      .toBe("3 dots given by 2 people");
    await ana.screenshot({ path: `${SHOTS}/results-1440-light.png` });

    // The server's map over HTTP (what a snapshot and an export hold) has the same totals.
    const map = async () => {
      const response = await fetch(`${live.server.httpUrl}/rooms/${room}/map`, {
        headers: { authorization: `Bearer ${await live.server.token(room)}` },
      });
      const body = (await response.json()) as { cards: { id: string; votes?: number }[] };
      return Object.fromEntries(body.cards.filter((card) => card.votes).map((card) => [card.id, card.votes]));
    };
    await expect.poll(map).toEqual({ [first!]: 2, [second!]: 1 });

    // End voting: the buttons go, and nothing more is counted.
    await ana.getByRole("button", { name: "End voting" }).click();
    await expect.poll(() => cy.locator(".jk-vote").count()).toBe(0);
    await expect.poll(() => cy.locator(".ws-live-dots").count()).toBe(0);

    // Reset votes… asks first, then clears every card and ballot.
    await results.getByRole("button", { name: "Reset votes…" }).click();
    await results.getByRole("button", { name: "Reset votes", exact: true }).click();
    for (const page of [ana, bea, cy]) await expect.poll(() => badge(page, first!)).toBe("");
    await expect.poll(map).toEqual({});
    expect(errors).toEqual([]);
  });

  test("a participant who adds role=facilitator to their link is still a participant: no lock, no voting controls", async () => {
    const room = "e2e-voting-forged";
    const ana = await person("Ana", true, room);
    await expect.poll(() => ana.getByRole("button", { name: "Lock editing" }).count()).toBe(1);
    const dan = await person("Dan", false, room, { linkSuffix: "&role=facilitator" });
    await expect.poll(() => dan.locator(".ws-live-status[data-status=connected]").count()).toBe(1);
    expect(await dan.getByRole("button", { name: "Lock editing" }).count()).toBe(0);
    expect(await dan.getByRole("button", { name: "Start dot voting" }).count()).toBe(0);
    expect(await dan.getByRole("button", { name: "Invite" }).count()).toBe(0);
  });

  test("screens while voting: the facilitator's results and a participant's dots, light and dark, two sizes", async () => {
    for (const [width, height] of [
      [1440, 900],
      [1024, 768],
    ] as const) {
      for (const dark of [false, true]) {
        const theme = dark ? "dark" : "light";
        const room = `e2e-voting-shots-${width}-${theme}`;
        const ana = await person("Ana", true, room, { width, height, dark });
        const bea = await person("Bea Longname-Participant", false, room, { width, height, dark });
        await startVoting(ana, 3);
        await expect.poll(() => dotsLeft(bea)).toContain("3 of 3 dots left");
        const [first, second] = await votableCardIds(bea);
        for (const cardId of [first!, first!, second!]) await clickVote(bea, cardId);
        await expect.poll(() => dotsLeft(bea)).toContain("0 of 3 dots left");
        await clickVote(bea, second!);
        await bea.getByRole("alert").waitFor();
        await clickVote(ana, second!);
        await ana.getByRole("tab", { name: "Votes" }).click();
        await expect
          .poll(() => ana.locator(".ws-live-voters li").allTextContents())
          .toEqual(["Bea Longname-Participant3 of 3", "Ana1 of 3"]);
        await expect.poll(() => badge(bea, second!)).toBe("● 2");
        await ana.screenshot({ path: `${SHOTS}/facilitator-${width}-${theme}.png` });
        await bea.screenshot({ path: `${SHOTS}/participant-${width}-${theme}.png` });
        // Nothing in the top bars spills out of them or overlaps.
        for (const page of [ana, bea]) {
          const clipped = await page.locator(".ws-topbar").evaluate((bar) => {
            const outer = bar.getBoundingClientRect();
            const items = [...bar.querySelectorAll(".ws-button, .ws-live-dots, .ws-live-status, h1")];
            const boxes = items.map((item) => item.getBoundingClientRect());
            const outside = boxes.filter((b) => b.right > outer.right + 0.5 || b.bottom > outer.bottom + 0.5);
            const overlapping = boxes.filter((a, i) =>
              boxes.some(
                (b, j) =>
                  j > i &&
                  a.left < b.right - 1 &&
                  b.left < a.right - 1 &&
                  a.top < b.bottom - 1 &&
                  b.top < a.bottom - 1,
              ),
            );
            return outside.length + overlapping.length;
          });
          expect(clipped).toBe(0);
        }
        await people.close();
      }
    }
    expect(errors).toEqual([]);
  });
});

import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { liveWorkshop } from "./live-workshop";

// Issue #24: two people in one live room type into the same card at once, keystrokes interleaved,
// and both finish it. journeykit-server (the built bin) on a free loopback port, two browser contexts.
const SHOTS = ".e2e-artifacts/live-typing";
const SECRET = "e2e-live-typing-secret";
const ROOM = "e2e-typing";
const TRIES = 5;

const live = liveWorkshop(SECRET, { shots: SHOTS });
const { people, errors } = live;

const cardText = (page: Page, id: string) =>
  page.locator(`[data-card-id="${id}"] .jk-card-text`).textContent();
const box = (page: Page) => page.getByRole("textbox", { name: "Card text" });

/** The card's text in the server's map over HTTP (what a snapshot and an export hold). */
async function serverText(id: string): Promise<string | undefined> {
  const response = await fetch(`${live.server.httpUrl}/rooms/${ROOM}/map`, {
    headers: { authorization: `Bearer ${await live.server.token(ROOM)}` },
  });
  const map = (await response.json()) as { cards: { id: string; text: string }[] };
  return map.cards.find((card) => card.id === id)?.text;
}

/** Opens the card for typing with the caret after its text. */
async function openCard(page: Page, id: string) {
  await page.locator(`[data-card-id="${id}"]`).dblclick();
  await expect.poll(() => box(page).evaluate((element) => element === document.activeElement)).toBe(true);
  await page.keyboard.press("Control+End");
}

/** Both people type at once: one key of Ana's, one of Bea's, and so on. */
async function typeTogether(ana: Page, anaText: string, bea: Page, beaText: string) {
  for (let i = 0; i < Math.max(anaText.length, beaText.length); i++) {
    if (i < anaText.length) await ana.keyboard.type(anaText[i]!);
    if (i < beaText.length) await bea.keyboard.type(beaText[i]!);
  }
}

/** Whether `text` holds every one of `words`. */
const holdsAll = (text: string | null | undefined, words: readonly string[]) =>
  text != null && words.every((word) => text.includes(word));

describe("live typing: two people, one card, at once", () => {
  test(`both people's words stay, on both screens and on the server (${TRIES} tries)`, async () => {
    const ana = await people.join(ROOM, "Ana", { facilitator: true });
    const bea = await people.join(ROOM, "Bea");
    const id = (await ana.locator("[data-card-id]").first().getAttribute("data-card-id"))!;
    let kept = 0;
    const lost: string[] = [];
    for (let round = 1; round <= TRIES; round++) {
      const anaWords = ` ana${round} likes`;
      const beaWords = ` bea${round} says`;
      for (const page of [ana, bea]) await openCard(page, id);
      await typeTogether(ana, anaWords, bea, beaWords);
      const words = [anaWords, beaWords];
      if (round % 2 === 1) {
        // Both finish at the same moment.
        await Promise.all([ana.keyboard.press("Enter"), bea.keyboard.press("Enter")]);
      } else {
        // Bea finishes while Ana goes on typing: Bea's words arrive in Ana's open box, and Ana's next
        // keys land where her caret was (after her own words), not after Bea's.
        const more = ` more${round}`;
        await bea.keyboard.press("Enter");
        for (const key of more) await ana.keyboard.type(key);
        await expect.poll(() => box(ana).inputValue()).toContain(beaWords);
        words[0] = anaWords + more;
        await ana.keyboard.press("Enter");
      }
      const everywhere = async () => {
        const texts = [await cardText(ana, id), await cardText(bea, id), await serverText(id)];
        return texts.every((text) => holdsAll(text, words)) && new Set(texts).size === 1;
      };
      try {
        await expect.poll(everywhere).toBe(true);
        kept++;
      } catch {
        lost.push(`try ${round}: Ana "${await cardText(ana, id)}", Bea "${await cardText(bea, id)}"`);
      }
    }
    await ana.screenshot({ path: `${SHOTS}/after-${TRIES}-tries-1440-light.png` });
    console.log(`live typing: kept both people's words in ${kept} of ${TRIES} tries`);
    expect(lost).toEqual([]);
    expect(kept).toBe(TRIES);
    expect(errors).toEqual([]);
  });
});

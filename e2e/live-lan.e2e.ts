import { describe, expect, test } from "vitest";
import { type JoinOptions, liveWorkshop } from "./live-workshop";

// A participant on the workshop's network: `pnpm live` serves the app over plain http on the LAN
// address, which is not a secure context (no crypto.randomUUID, no clipboard API). Chromium maps the
// host name workshop.lan to 127.0.0.1, so the page runs exactly as it would from another laptop.
const SECRET = "e2e-live-lan-secret";
const ROOM = "e2e-lan";
const LAN_HOST = "workshop.lan";

const live = liveWorkshop(SECRET, { chromiumArgs: [`--host-resolver-rules=MAP ${LAN_HOST} 127.0.0.1`] });
const { people, errors } = live;

const person = (name: string, options: JoinOptions) =>
  people.join(ROOM, name, { width: 1024, height: 768, ...options });

describe("live session from another laptop on the network (plain http)", () => {
  test("a participant joins, adds a card and votes; Invite's Copy link selects the link where there is no clipboard", async () => {
    const ana = await person("Ana", { facilitator: true });
    const bea = await person("Bea", { host: LAN_HOST });
    await expect(bea.evaluate(() => window.isSecureContext)).resolves.toBe(false);

    await bea.locator("[data-card-id]").first().focus();
    await bea.keyboard.press("n");
    await bea.getByRole("textbox", { name: "Card text" }).fill("Bea from her laptop");
    await bea.keyboard.press("Enter");
    await expect
      .poll(() => ana.getByRole("button", { name: /^Bea from her laptop/ }).count())
      .toBeGreaterThan(0);

    // Dot voting needs Bea's participant id (made without crypto.randomUUID).
    await ana.getByRole("button", { name: "Start dot voting" }).click();
    await ana.getByRole("button", { name: "Start", exact: true }).click();
    await bea.getByText(/3 of 3 dots left/).waitFor({ timeout: 10_000 });
    // Bea drags the canvas up until the first +1 is just inside its bottom edge, then clicks it.
    const vote = bea.locator(".jk-vote").first();
    const canvas = (await bea.locator(".react-flow").boundingBox())!;
    const box = (await vote.boundingBox())!;
    const lift = box.y + box.height - (canvas.y + canvas.height - 12);
    await bea.mouse.move(canvas.x + 8, canvas.y + canvas.height - 20);
    await bea.mouse.down();
    for (let step = 1; step <= 5; step++)
      await bea.mouse.move(canvas.x + 8, canvas.y + canvas.height - 20 - (lift * step) / 5);
    await bea.mouse.up();
    await expect
      .poll(async () => (await vote.boundingBox())!.y + box.height)
      .toBeLessThan(canvas.y + canvas.height);
    const viewport = () =>
      bea.evaluate(() => document.querySelector(".react-flow__viewport")?.getAttribute("style"));
    const before = await viewport();
    await vote.click();
    await bea.getByText(/2 of 3 dots left/).waitFor({ timeout: 10_000 });
    // A click never pans the canvas under the pointer.
    await expect(viewport()).resolves.toBe(before);

    // The facilitator on the LAN address too: Copy link cannot use the clipboard API there.
    const facilitatorOnLan = await person("Ana on the LAN", { facilitator: true, host: LAN_HOST });
    await facilitatorOnLan.getByRole("button", { name: "Invite" }).click();
    await facilitatorOnLan.getByRole("button", { name: "Copy link" }).click();
    await facilitatorOnLan.getByText(/press Ctrl\+C/).waitFor();
    const selected = await facilitatorOnLan.evaluate(() => {
      const input = document.activeElement as HTMLInputElement | null;
      return input?.getAttribute("aria-label") === "Join link" && input.selectionEnd === input.value.length;
    });
    expect(selected).toBe(true);
    expect(errors).toEqual([]);
  });

  test("on a phone: nothing wider than the screen, a tap gives a dot and − takes it back, following the presenter fits", async () => {
    const ana = await person("Ana", { facilitator: true });
    const cy = await person("Cy", { host: LAN_HOST, phone: true, dark: true });
    // A participant's phone opens on the phone view; this test is about the full map on a phone.
    await cy.getByRole("button", { name: "Full map" }).tap();
    await cy.locator(".react-flow [data-card-id]").first().waitFor();
    const widerThanScreen = () => cy.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await expect(cy.evaluate(() => window.innerWidth)).resolves.toBeLessThan(480);
    await expect.poll(widerThanScreen).toBeLessThanOrEqual(0);
    // The top bar keeps Leave on screen; the side panel starts folded.
    const leave = (await cy.getByRole("link", { name: "Leave" }).boundingBox())!;
    expect(leave.x + leave.width).toBeLessThanOrEqual(await cy.evaluate(() => window.innerWidth));
    await expect(cy.getByRole("tablist", { name: "Side panel" }).count()).resolves.toBe(0);

    // The first test leaves a round open; when this test runs alone, the facilitator starts one.
    const start = ana.getByRole("button", { name: "Start dot voting" });
    if (await start.count()) {
      await start.click();
      await ana.getByRole("button", { name: "Start", exact: true }).click();
    }
    const dotsLeft = () => cy.locator(".ws-live-dots").textContent();
    await expect.poll(dotsLeft).toMatch(/of 3 dots left/);
    const before = (await dotsLeft())!;
    const vote = cy.locator(".jk-vote").first();
    await vote.evaluate((button) =>
      button.parentElement?.querySelector<HTMLElement>("[data-card-id]")?.focus(),
    );
    await expect
      .poll(async () => (await vote.boundingBox())?.y ?? 9999)
      .toBeLessThan(await cy.evaluate(() => window.innerHeight));
    const box = (await vote.boundingBox())!;
    await cy.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    const left = Number(/(\d+) of 3/.exec(before)![1]);
    await expect.poll(dotsLeft).toContain(`${left - 1} of 3 dots left`);
    await cy.screenshot({ path: ".e2e-artifacts/live-lan-phone-voting.png" });
    const takeBack = cy.getByRole("button", { name: /^Take back a dot from/ }).first();
    const back = (await takeBack.boundingBox())!;
    await cy.touchscreen.tap(back.x + back.width / 2, back.y + back.height / 2);
    await expect.poll(dotsLeft).toContain(`${left} of 3 dots left`);

    await ana.getByRole("button", { name: "Present" }).click();
    await ana.getByRole("button", { name: /Follow me/ }).click();
    await cy.getByText(/Following Ana/).waitFor({ timeout: 10_000 });
    await expect.poll(widerThanScreen).toBeLessThanOrEqual(0);
    await cy.screenshot({ path: ".e2e-artifacts/live-lan-phone-following.png" });
    await ana.keyboard.press("Escape");
    await cy.getByText(/Following Ana/).waitFor({ state: "detached", timeout: 10_000 });
    expect(errors).toEqual([]);
  });
});

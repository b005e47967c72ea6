// A consultant's first five minutes, exactly as issue 24 asks: one command (the built journeykit-server
// with a fresh data folder), the URL it prints opened in a browser, the sample map, "● Live", the
// passcode it printed, and the participants' link opened on a phone: the phone view (a stage at a
// time, + Add per lane, dots, following the presenter) and the facilitator's desktop edit the same map,
// and the projector's link shows it read-only. No token is typed or copied by anyone. The server runs on
// 127.0.0.1; the links it gives name this machine's network address, so the test opens them on
// 127.0.0.1 instead (same port, same path and hash): nothing leaves this machine.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { freePort, killHard } from "../packages/server/test/server-process.js";
import { seriousAxeViolations } from "./axe-scan";
import { launchChromium } from "./chromium";
import { cardTexts } from "./live-workshop";

const SHOTS = ".e2e-artifacts/live-consultant";
const PHONE_SHOTS = ".e2e-artifacts/phone";
const BIN = fileURLToPath(new URL("../packages/server/dist/bin.js", import.meta.url));

let server: ChildProcess | undefined;
let dataDir = "";
let printed = "";
let browser: Browser;
let port = 0;
/** The facilitator's page and the address the server printed, for the next day's test. */
let facilitator: { page: Page; appUrl: string; mapUrl: string; participantLink: string } | undefined;
/** The participant's phone, joined through the QR code's short link, for the phone view's test. */
let phone: Page | undefined;
const contexts: BrowserContext[] = [];
const errors: string[] = [];
/** Every request a page made to anything but 127.0.0.1 (there must be none). */
const elsewhere: string[] = [];

/** Start `journeykit-server --port P --host 127.0.0.1 --data <fresh folder>` and wait for what it prints. */
async function startServer(first: boolean): Promise<void> {
  port ||= await freePort();
  printed = "";
  const args = [BIN, "--port", String(port), "--host", "127.0.0.1", "--data", dataDir];
  const env = { ...process.env };
  delete env.JOURNEYKIT_SECRET;
  delete env.JOURNEYKIT_PASSCODE;
  server = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"], env });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`journeykit-server did not start: ${printed}`)), 30_000);
    const read = (chunk: Buffer) => {
      printed += chunk.toString();
      if (printed.includes("In the app:") && (!first || /Facilitator passcode: \S+/.test(printed))) {
        clearTimeout(timer);
        resolve();
      }
    };
    server!.stdout!.on("data", read);
    server!.stderr!.on("data", read);
    server!.once("exit", (code) => reject(new Error(`journeykit-server exited (${code}): ${printed}`)));
  });
}

/** A browser window: its own context (own storage), page errors collected, outside traffic recorded. */
async function open(
  url: string,
  options: { width: number; height: number; phone?: boolean },
  who: string,
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height },
    ...(options.phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 3 } : {}),
  });
  contexts.push(context);
  await context.route("**/*", (route) => {
    const { hostname } = new URL(route.request().url());
    if (hostname === "127.0.0.1" || route.request().url().startsWith("data:")) return route.continue();
    elsewhere.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on("pageerror", (error) => errors.push(`${who}: ${error.message}`));
  await page.goto(url);
  return page;
}

/** A link the server gave, opened on this machine: its origin replaced by the server's 127.0.0.1 one. */
function onThisMachine(link: string, appUrl: string): string {
  const url = new URL(link);
  const local = new URL(appUrl);
  url.protocol = local.protocol;
  url.host = local.host;
  return url.href;
}

async function addCard(page: Page, text: string) {
  await page.locator("[data-card-id]").first().focus();
  await page.keyboard.press("n");
  await page.getByRole("textbox", { name: "Card text" }).fill(text);
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: new RegExp(`^${text}`) }).waitFor();
}

/** On the phone view: pick a stage, open a lane's + Add, type, Add; back once the card is in the lane. */
async function addOnPhone(page: Page, stage: string, lane: string, text: string) {
  await page.getByRole("tab", { name: new RegExp(`^${stage}`) }).tap();
  const section = page.getByRole("tabpanel").getByRole("region", { name: lane });
  await section.getByRole("button", { name: `Add card to ${lane}` }).tap();
  await section.getByRole("textbox", { name: `New card in ${lane}` }).fill(text);
  await section.getByRole("button", { name: "Add", exact: true }).tap();
  await section.locator("[data-card-id]", { hasText: text }).waitFor();
}

/** The stage the phone view shows (its panel's heading, without "Stage n of m"). */
const phoneStage = (page: Page) =>
  page
    .getByRole("tabpanel")
    .getByRole("heading", { level: 2 })
    .evaluate((heading) => heading.firstChild?.textContent ?? "");

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  mkdirSync(PHONE_SHOTS, { recursive: true });
  dataDir = mkdtempSync(join(tmpdir(), "jk-consultant-e2e-"));
  await startServer(true);
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of contexts.splice(0)) await context.close();
  await browser?.close();
  if (server) await killHard(server);
  rmSync(dataDir, { recursive: true, force: true });
});

describe("a consultant starts a live workshop alone", () => {
  test("one command, the printed URL, ● Live and the passcode: a phone edits the same map, the projector watches", async () => {
    // Step 1 is the command; it prints where to open the app and the passcode, once.
    const appUrl = /Open the workshop app:\n\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(printed)?.[1];
    const passcode = /Facilitator passcode: (\S+)/.exec(printed)?.[1];
    expect(appUrl).toBeTruthy();
    expect(passcode).toMatch(/^\w{4}-\w{4}-\w{4}$/);
    let clicks = 0;

    // Step 2: the printed URL, in the facilitator's browser. The first visit opens the sample map.
    const ana = await open(appUrl!, { width: 1440, height: 900 }, "facilitator");
    await ana.waitForURL(/#\/map\//);
    facilitator = { page: ana, appUrl: appUrl!, mapUrl: ana.url(), participantLink: "" };
    await ana.locator("[data-card-id]").first().waitFor();
    const mapTitle = (await ana.locator(".ws-map-title").textContent())?.trim() ?? "";

    // Step 3: ● Live, the passcode, Start. Nothing else is asked: no server address, room or token.
    await ana.getByRole("button", { name: "Live session…" }).click();
    clicks += 1;
    const dialog = ana.getByRole("dialog", { name: "Start live session" });
    await dialog.waitFor();
    // One field, and it is the passcode (a password field): no address, room or token to fill in.
    await expect(
      dialog.locator("input").evaluateAll((inputs) => inputs.map((input) => input.getAttribute("type"))),
    ).resolves.toEqual(["password"]);
    await expect(dialog.getByLabel(/token|server|room/i).count()).resolves.toBe(0);
    await dialog.getByLabel("Facilitator passcode").fill(passcode!);
    await ana.screenshot({ path: `${SHOTS}/passcode-1440.png` });
    await ana.getByRole("button", { name: "Start live session" }).click();
    clicks += 1;
    const started = ana.getByRole("dialog", { name: "Live session started" });
    await started.waitFor();
    await started.getByRole("img", { name: "QR code of the join link" }).waitFor();
    const participantLink = await started.getByRole("textbox", { name: "Participants' link" }).inputValue();
    const projectorLink = await started.getByRole("textbox", { name: "Projector link" }).inputValue();
    facilitator.participantLink = participantLink;
    // The links name the server's own port; the passcode is in neither, nor in the page's storage.
    expect(new URL(participantLink).port).toBe(new URL(appUrl!).port);
    expect(participantLink).not.toContain("server=");
    for (const link of [participantLink, projectorLink]) expect(link).not.toContain(passcode);
    // Short links: what the QR code holds is the origin and /j/ with a code, no token (a sparse code).
    for (const link of [participantLink, projectorLink]) {
      expect(new URL(link).pathname).toMatch(/^\/j\/[0-9a-z]{9}$/);
      expect(new URL(link).pathname.length).toBeLessThan(40);
      expect(link).not.toMatch(/eyJ|#|\?/);
    }
    console.log(`the QR code's text: ${participantLink} (${participantLink.length} characters)`);
    const stored = await ana.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(stored).not.toContain(passcode!);
    expect(stored).toContain("journeykit:facilitator-session");
    await ana.screenshot({ path: `${SHOTS}/live-dialog-1440.png` });
    await ana.setViewportSize({ width: 1024, height: 768 });
    await ana.screenshot({ path: `${SHOTS}/live-dialog-1024.png` });
    await ana.setViewportSize({ width: 1440, height: 900 });

    // Step 4: a participant scans the QR code with their phone, types a name and joins.
    const bea = await open(
      onThisMachine(participantLink, appUrl!),
      { width: 390, height: 844, phone: true },
      "Bea",
    );
    await bea.getByLabel("Your name").fill("Bea");
    await bea.getByRole("button", { name: "Join" }).click();
    clicks += 1;
    await bea.locator(".ws-live-status[data-status=connected]").waitFor();
    await bea.locator("[data-card-id]").first().waitFor();
    // The room holds the facilitator's map, and the phone shows it as made for a phone: no canvas.
    await expect(bea.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(mapTitle);
    await expect(bea.locator(".react-flow").count()).resolves.toBe(0);
    phone = bea;
    // Her phone reloads (or she opens the link again): she is back in the room at once, same name.
    await bea.reload();
    await bea.locator(".ws-live-status[data-status=connected]").waitFor();
    await expect(bea.getByLabel("Your name").count()).resolves.toBe(0);
    await bea.goto(onThisMachine(participantLink, appUrl!));
    await bea.locator(".ws-live-status[data-status=connected]").waitFor();
    await expect(bea.getByLabel("Your name").count()).resolves.toBe(0);
    await bea.locator("[data-card-id]").first().waitFor();

    // Both edit the same map: the facilitator enters the room (not needed for the participants).
    await ana.getByRole("button", { name: "Enter the room" }).click();
    await ana.getByRole("button", { name: "Open", exact: true }).click();
    await ana.locator(".ws-live-status[data-status=connected]").waitFor();
    await addOnPhone(bea, "Wait for the main", "Pain points", "Bea from her phone");
    await expect
      .poll(() => cardTexts(ana))
      .toEqual(expect.arrayContaining([expect.stringMatching(/^Bea from her phone/)]));
    // The facilitator's card goes where the first card is: the first stage, which Bea opens.
    await addCard(ana, "Ana at the front");
    await bea.getByRole("tab", { name: /^Arrive and order/ }).tap();
    await expect
      .poll(() => cardTexts(bea))
      .toEqual(expect.arrayContaining([expect.stringMatching(/^Ana at the front/)]));
    await bea.screenshot({ path: `${SHOTS}/participant-phone.png` });

    // The projector: its link opens the map live, asks for no name, and cannot change it.
    const projector = await open(
      onThisMachine(projectorLink, appUrl!),
      { width: 1440, height: 900 },
      "projector",
    );
    await projector.locator(".ws-live-status[data-status=connected]").waitFor();
    await expect
      .poll(() => cardTexts(projector))
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^Bea from her phone/),
          expect.stringMatching(/^Ana at the front/),
        ]),
      );
    const before = (await cardTexts(projector)).length;
    await projector.locator("[data-card-id]").first().focus();
    await projector.keyboard.press("n");
    await expect(projector.getByRole("textbox", { name: "Card text" }).count()).resolves.toBe(0);
    await addOnPhone(bea, "Arrive and order", "Actions", "Seen on the wall");
    await expect
      .poll(() => cardTexts(projector))
      .toEqual(expect.arrayContaining([expect.stringMatching(/^Seen on the wall/)]));
    expect((await cardTexts(projector)).length).toBe(before + 1);
    await projector.screenshot({ path: `${SHOTS}/projector.png` });

    // From nothing to a participant editing: ● Live, Start live session, Join.
    console.log(`clicks from nothing to a participant editing: ${clicks}`);
    expect(clicks).toBe(3);
    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);

  test("on her phone: a card in a chosen stage and lane, a dot, following the presenter, the full map and back", async () => {
    if (!facilitator || !phone) throw new Error("the first test did not get as far as the phone");
    const { page: ana } = facilitator;
    const bea = phone;
    // Nothing is wider than the phone; the text is 16 px (iOS zooms into smaller fields), targets 44 px.
    const widerThanScreen = () =>
      bea.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await expect.poll(widerThanScreen).toBeLessThanOrEqual(0);
    await addOnPhone(bea, "The dish arrives cold", "Opportunities", "Warm the plates first");
    await expect
      .poll(() => cardTexts(ana))
      .toEqual(expect.arrayContaining([expect.stringMatching(/^Warm the plates first/)]));
    const lane = bea.getByRole("tabpanel").getByRole("region", { name: "Opportunities" });
    // The field stays open for the next card; Done closes it.
    const field = lane.getByRole("textbox", { name: "New card in Opportunities" });
    await expect(field.evaluate((el) => getComputedStyle(el).fontSize)).resolves.toBe("16px");
    await lane.getByRole("button", { name: "Done" }).tap();
    const small = await bea
      .locator(".ws-phone button, .ws-phone a, .ws-phone select")
      .evaluateAll((controls) =>
        controls
          .map((c) => ({ name: c.textContent?.trim(), box: c.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 44))
          .map(({ name, box }) => `${name} ${Math.round(box.width)}x${Math.round(box.height)}`),
      );
    expect(small).toEqual([]);
    await bea.evaluate(() => window.scrollTo(0, 0));
    await bea.screenshot({ path: `${PHONE_SHOTS}/stage-light.png` });
    await bea.screenshot({ path: `${PHONE_SHOTS}/stage-light-whole.png`, fullPage: true });
    expect(await seriousAxeViolations(bea)).toEqual([]);

    // Dot voting: the facilitator starts it, Bea gives a dot on her phone; the server counts it.
    await ana.getByRole("button", { name: "Start dot voting" }).click();
    await ana.getByRole("button", { name: "Start", exact: true }).click();
    await bea.getByText("3 of 3 dots left").waitFor();
    await lane.getByRole("button", { name: "Give a dot to “Warm the plates first”" }).tap();
    await bea.getByText("2 of 3 dots left").waitFor();
    await lane.getByText("1 dot from you").waitFor();
    await lane.getByText("● 1 vote").waitFor();
    await expect
      .poll(() => ana.getByRole("button", { name: '+1 vote for "Warm the plates first" (1 vote)' }).count())
      .toBe(1);
    await bea.emulateMedia({ colorScheme: "dark" });
    await expect
      .poll(() => bea.evaluate(() => document.documentElement.getAttribute("data-theme")))
      .toBe("dark");
    await bea.screenshot({ path: `${PHONE_SHOTS}/voting-dark.png` });
    await bea.evaluate(() => window.scrollTo(0, 0));
    await bea.screenshot({ path: `${PHONE_SHOTS}/voting-top-dark.png` });
    expect(await seriousAxeViolations(bea)).toEqual([]);
    // Taking it back goes through the server too.
    await lane.getByRole("button", { name: "Take back a dot from “Warm the plates first”" }).tap();
    await bea.getByText("3 of 3 dots left").waitFor();

    // The facilitator presents with follow me: the phone goes to the stage shown, stop, follow again.
    await bea.getByRole("tab", { name: /^Review and return/ }).tap();
    await ana.getByRole("button", { name: "Present" }).click();
    await ana.getByRole("button", { name: "Follow me" }).click();
    await bea.getByText(/^Following /).waitFor();
    await ana.keyboard.press("ArrowRight");
    await expect.poll(() => phoneStage(bea)).toBe("Arrive and order");
    await ana.keyboard.press("ArrowRight");
    await expect.poll(() => phoneStage(bea)).toBe("Wait for the main");
    await bea.screenshot({ path: `${PHONE_SHOTS}/following-dark.png` });
    await bea.getByRole("button", { name: "Stop following" }).tap();
    await ana.keyboard.press("ArrowRight");
    await bea.getByRole("button", { name: "Follow the presenter" }).waitFor();
    await expect(phoneStage(bea)).resolves.toBe("Wait for the main");
    await bea.getByRole("button", { name: "Follow the presenter" }).tap();
    await expect.poll(() => phoneStage(bea)).toBe("The dish arrives cold");
    await ana.keyboard.press("Escape");
    await bea.getByRole("button", { name: "Stop following" }).waitFor({ state: "detached" });
    await bea.emulateMedia({ colorScheme: "light" });
    await bea.screenshot({ path: `${PHONE_SHOTS}/followed-light.png` });

    // The full map (the canvas, pinch and all) and back to the phone view.
    await bea.getByRole("button", { name: "Full map" }).tap();
    await bea.locator(".react-flow [data-card-id]").first().waitFor();
    await bea.getByRole("button", { name: "Phone view" }).tap();
    await bea.getByRole("tablist", { name: "Stages" }).waitFor();
    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);

  test("the next day: the server restarts, ● Live asks no passcode, Reopen gives links to the room with every edit kept", async () => {
    if (!facilitator) throw new Error("the first test did not get as far as the facilitator's page");
    const { page: ana, appUrl } = facilitator;
    // Everyone goes home; the laptop's server is stopped and started again with the same data folder.
    for (const context of contexts.splice(1)) await context.close();
    server!.kill("SIGTERM");
    await new Promise((resolve) => server!.once("exit", resolve));
    await startServer(false);
    expect(printed).not.toContain("Facilitator passcode");

    // The facilitator opens the map again (where the room started) and presses ● Live.
    await ana.goto(facilitator.mapUrl);
    await ana.locator("[data-card-id]").first().waitFor();
    await ana.getByRole("button", { name: "Live session…" }).click();
    const dialog = ana.getByRole("dialog", { name: "Start live session" });
    await dialog.waitFor();
    // This browser is still the facilitator's: no passcode asked.
    await expect(dialog.getByLabel("Facilitator passcode").count()).resolves.toBe(0);
    const rooms = dialog.getByRole("region", { name: "Your rooms" });
    await rooms.getByRole("button", { name: "Reopen" }).first().waitFor();
    await ana.screenshot({ path: `${SHOTS}/rooms-1440.png` });
    await rooms.getByRole("button", { name: "Reopen" }).first().click();
    const links = ana.getByRole("dialog", { name: "Room reopened" });
    const participantLink = await links.getByRole("textbox", { name: "Participants' link" }).inputValue();
    // The same short link as yesterday: a QR code printed for the workshop keeps working.
    expect(participantLink).toBe(facilitator.participantLink);
    await ana.screenshot({ path: `${SHOTS}/reopened-1440.png` });

    const cy = await open(
      onThisMachine(participantLink, appUrl),
      { width: 390, height: 844, phone: true },
      "Cy",
    );
    await cy.getByLabel("Your name").fill("Cy");
    await cy.getByRole("button", { name: "Join" }).click();
    await cy.locator(".ws-live-status[data-status=connected]").waitFor();
    // Every stage's cards at once: the full map.
    await cy.getByRole("button", { name: "Full map" }).tap();
    await expect
      .poll(() => cardTexts(cy))
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^Bea from her phone/),
          expect.stringMatching(/^Ana at the front/),
          expect.stringMatching(/^Seen on the wall/),
        ]),
      );
    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);
});

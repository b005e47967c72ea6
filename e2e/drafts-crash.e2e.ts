import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterEach, describe, expect, inject, test } from "vitest";
import { chromiumPath } from "./chromium";

/**
 * A browser as a person's: its own process on a profile folder that outlives it, so it can be killed
 * as a crash or a power cut would (every process at once, no pagehide, no unload) and started again
 * on the same storage.
 */
async function startBrowser(
  profile: string,
): Promise<{ browser: Browser; page: Page; process: ChildProcess }> {
  const process = spawn(
    chromiumPath,
    [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--hide-crash-restore-bubble",
      `--user-data-dir=${profile}`,
      "--remote-debugging-port=0",
      "--window-size=1440,900",
      "about:blank",
    ],
    { detached: true, stdio: ["ignore", "ignore", "pipe"] },
  );
  let output = "";
  const endpoint = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${output}`)), 20_000);
    process.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    });
    process.once("exit", (code) => reject(new Error(`Chromium exited (${code}): ${output}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1440, height: 900 });
  return { browser, page, process };
}

/** Kill every process of the browser at once (SIGKILL to its process group): nothing gets to save. */
async function crash(process: ChildProcess) {
  const exited = once(process, "exit");
  globalThis.process.kill(-process.pid!, "SIGKILL");
  await exited;
}

const profiles: string[] = [];
const running: ChildProcess[] = [];
afterEach(async () => {
  for (const process of running.splice(0))
    if (process.exitCode === null && process.signalCode === null) await crash(process);
  for (const profile of profiles.splice(0)) rmSync(profile, { recursive: true, force: true });
});

async function firstRun() {
  const profile = mkdtempSync(join(tmpdir(), "jk-drafts-"));
  profiles.push(profile);
  const started = await startBrowser(profile);
  running.push(started.process);
  const { page } = started;
  await page.goto(inject("workshopUrl"));
  await page.waitForURL(/#\/map\//);
  await page.locator("[data-card-id]").first().waitFor();
  await page.getByText(/^Saved /).waitFor();
  return { ...started, profile, url: page.url() };
}

async function restart(profile: string, url: string) {
  const started = await startBrowser(profile);
  running.push(started.process);
  await started.page.goto(url);
  return started;
}

const status = (page: Page) => page.locator(".ws-save-status");
const shot = (page: Page, name: string) => page.screenshot({ path: `.e2e-artifacts/${name}.png` });

describe("nothing typed is lost when the browser dies", () => {
  test("text typed in a card, never committed, is there after the browser is killed and started again", async () => {
    const { page, process, profile, url } = await firstRun();
    const card = page.locator("[data-card-id]").first();
    const id = await card.getAttribute("data-card-id");
    const before = (await card.textContent()) ?? "";
    await card.dblclick();
    const box = page.getByRole("textbox", { name: "Card text" });
    await box.press("End");
    await page.keyboard.type(" - and then waits 20 minutes at the counter");
    await expect.poll(() => status(page).textContent()).toBe("Draft kept");
    await shot(page, "drafts-card-typed");
    await crash(process);

    const again = await restart(profile, url);
    const reopened = again.page.getByRole("textbox", { name: "Card text" });
    await reopened.waitFor();
    await expect(reopened.inputValue()).resolves.toContain("and then waits 20 minutes at the counter");
    // Focused with the caret after the text: the next key goes on typing, never replaces it.
    await expect(
      reopened.evaluate(
        (box: HTMLTextAreaElement) =>
          document.activeElement === box &&
          box.selectionStart === box.value.length &&
          box.selectionEnd === box.value.length,
      ),
    ).resolves.toBe(true);
    expect(await again.page.locator(`[data-card-id="${id}"] textarea`).count()).toBe(1);
    await expect(status(again.page).textContent()).resolves.toMatch(/^(Typing…|Draft kept)$/);
    await shot(again.page, "drafts-card-restored");
    await again.page.keyboard.press("Enter");
    await expect.poll(() => status(again.page).textContent()).toMatch(/^Saved /);
    await expect(again.page.locator(`[data-card-id="${id}"]`).textContent()).resolves.toContain(
      "waits 20 minutes at the counter",
    );
    expect(before).not.toContain("waits 20 minutes");
  });

  test("a new card left open empty reopens for typing after a crash, not as a permanent 'Empty card'", async () => {
    const { page, process, profile, url } = await firstRun();
    const cards = await page.locator("[data-card-id]").count();
    await page.locator("[data-card-id]").first().focus();
    await page.keyboard.press("n");
    await page.getByRole("textbox", { name: "Card text" }).waitFor();
    await expect.poll(() => page.locator("[data-card-id]").count()).toBe(cards + 1);
    await expect.poll(() => status(page).textContent()).toMatch(/^Saved /);
    // Let the debounced writes of the map and of the open (empty) draft land.
    await page.waitForTimeout(1500);
    await crash(process);

    const again = await restart(profile, url);
    const box = again.page.getByRole("textbox", { name: "Card text" });
    await box.waitFor();
    await again.page.keyboard.type("Asks for the wifi password");
    await again.page.keyboard.press("Enter");
    await expect.poll(() => status(again.page).textContent()).toMatch(/^Saved /);
    await expect.poll(() => again.page.locator("[data-card-id]").count()).toBe(cards + 1);
    await expect(
      again.page.locator("[data-card-id]", { hasText: "Asks for the wifi password" }).count(),
    ).resolves.toBe(1);
    await expect(again.page.getByText("Empty card").count()).resolves.toBe(0);
  });

  test("text typed in an Inspector field is there after the browser is killed and started again", async () => {
    const { page, process, profile, url } = await firstRun();
    await page.locator("[data-stage-id] button").first().click();
    const inspector = page.getByRole("complementary", { name: "Inspector" });
    const description = inspector.getByLabel("Description");
    await description.click();
    await description.press("Control+End");
    await page.keyboard.type(" Most find us through a friend.");
    await expect.poll(() => status(page).textContent()).toBe("Draft kept");
    await shot(page, "drafts-inspector-typed");
    await crash(process);

    const again = await restart(profile, url);
    const field = again.page.getByRole("complementary", { name: "Inspector" }).getByLabel("Description");
    await field.waitFor();
    await expect(field.inputValue()).resolves.toContain("Most find us through a friend.");
    await shot(again.page, "drafts-inspector-restored");
    // Leaving the field puts the text on the map.
    await field.focus();
    await field.blur();
    await expect.poll(() => status(again.page).textContent()).toMatch(/^Saved /);
  });

  test("text typed in a card removed since (another tab, undo) is offered back, not dropped", async () => {
    const { page, process, profile, url } = await firstRun();
    const card = page.locator("[data-card-id]").nth(1);
    const id = (await card.getAttribute("data-card-id"))!;
    await card.dblclick();
    await page.getByRole("textbox", { name: "Card text" }).press("End");
    await page.keyboard.type(" (asked twice for the bill)");
    await expect.poll(() => status(page).textContent()).toBe("Draft kept");
    await crash(process);

    // Meanwhile the card is gone from the stored map (as another tab's delete would leave it).
    const again = await startBrowser(profile);
    running.push(again.process);
    await again.page.goto(url.replace(/#.*$/, "#/"));
    await again.page.getByRole("list", { name: "Your maps" }).waitFor();
    const mapId = decodeURIComponent(url.replace(/^.*#\/map\//, ""));
    await again.page.evaluate(
      ([mapId, cardId]) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open("journeykit-workshop");
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const transaction = open.result.transaction(["maps", "revisions"], "readwrite");
            const maps = transaction.objectStore("maps");
            const revisions = transaction.objectStore("revisions");
            const read = maps.get(mapId!);
            const revision = revisions.get(mapId!);
            revision.onsuccess = () => {
              const map = read.result;
              map.cards = map.cards.filter((c: { id: string }) => c.id !== cardId);
              maps.put(map, mapId!);
              revisions.put({ number: (revision.result?.number ?? 0) + 1, writer: "e2e" }, mapId!);
            };
            transaction.oncomplete = () => resolve();
            transaction.onerror = () => reject(transaction.error);
          };
        }),
      [mapId, id] as const,
    );
    await again.page.goto(url);
    const offered = again.page.getByRole("region", { name: /no place on the map any more/ });
    await offered.waitFor();
    await expect(offered.textContent()).resolves.toContain("(asked twice for the bill)");
    await expect(again.page.locator(`[data-card-id="${id}"]`).count()).resolves.toBe(0);
    await shot(again.page, "drafts-offered-back");
    // Still offered after another reload, until dismissed.
    await again.page.reload();
    await offered.waitFor();
    await offered.getByRole("button", { name: "Dismiss" }).click();
    await expect(offered.count()).resolves.toBe(0);
  });
});

import type { ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type BrowserContext, devices, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { signRoomToken } from "../packages/server/dist/index.js";
import { freePort, killHard, spawnServer } from "../packages/server/test/server-process.js";
import { launchChromium } from "./chromium";

/**
 * journeykit-server (the built bin, its own process so a test can crash it) on a free loopback port with
 * its own data folder, for the live-workshop e2e tests.
 */
export interface LiveServer {
  /** The WebSocket URL a live link names. */
  url: string;
  /** The same port over HTTP (`/health`, `/rooms/:room/map`). */
  httpUrl: string;
  /** An edit token for `room`: a participant's, or the facilitator's (signed once per room and kind). */
  token(room: string, facilitator?: boolean): Promise<string>;
  /** Kill it as a crash would (SIGKILL); `restart` brings it back on the same port and data. */
  crash(): Promise<void>;
  restart(): Promise<void>;
  /** Stop it and remove its data. */
  stop(): Promise<void>;
}

export async function startLiveServer(secret: string): Promise<LiveServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "jk-live-e2e-"));
  const port = await freePort();
  const args = ["--port", String(port), "--host", "127.0.0.1", "--data", dataDir, "--secret", secret];
  let process: ChildProcess | undefined = await spawnServer(args);
  const tokens = new Map<string, Promise<string>>();
  return {
    url: `ws://127.0.0.1:${port}`,
    httpUrl: `http://127.0.0.1:${port}`,
    token(room, facilitator = false) {
      const key = `${room}/${facilitator}`;
      let token = tokens.get(key);
      if (!token) {
        const claims = { room, name: facilitator ? "facilitator" : "participant", role: "edit" } as const;
        token = signRoomToken(facilitator ? { ...claims, facilitator: true } : claims, secret, "1h");
        tokens.set(key, token);
      }
      return token;
    },
    async crash() {
      if (process) await killHard(process);
      process = undefined;
    },
    async restart() {
      process ??= await spawnServer(args);
    },
    async stop() {
      if (process) await killHard(process);
      process = undefined;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** How a person opens a live link. */
export interface JoinOptions {
  facilitator?: boolean;
  width?: number;
  height?: number;
  dark?: boolean;
  /** Open the app under this host name instead of 127.0.0.1 (e.g. one mapped to it, not a secure context). */
  host?: string;
  /** A phone (Pixel 7: touch, 412 px wide) instead of a desktop window. */
  phone?: boolean;
  /** Appended to the link's query, as someone editing their link would (e.g. `&role=facilitator`). */
  linkSuffix?: string;
}

/** The workshop app's live link for `room` on `server`. */
export async function liveLink(server: LiveServer, room: string, options: JoinOptions = {}): Promise<string> {
  const params = new URLSearchParams({
    server: server.url,
    token: await server.token(room, options.facilitator === true),
  });
  const app = new URL(inject("workshopUrl"));
  if (options.host) app.hostname = options.host;
  return `${app.href}#/live/${room}?${params}${options.linkSuffix ?? ""}`;
}

/**
 * The people of one e2e file: each joins in their own browser context (own IndexedDB and localStorage),
 * types their name, and is back once the room is connected and the map shows. Uncaught page errors
 * are collected in `errors`; `close` closes every context.
 */
export function livePeople(browser: () => Browser, server: () => LiveServer) {
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  return {
    errors,
    async join(room: string, name: string, options: JoinOptions = {}): Promise<Page> {
      const context = await browser().newContext(
        options.phone
          ? { ...devices["Pixel 7"], colorScheme: options.dark ? "dark" : "light" }
          : {
              viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
              colorScheme: options.dark ? "dark" : "light",
            },
      );
      contexts.push(context);
      const page = await context.newPage();
      page.on("pageerror", (error) => errors.push(`${name}: ${error.message}`));
      await page.goto(await liveLink(server(), room, options));
      await page.getByLabel("Your name").fill(name);
      await page.getByRole("button", { name: options.facilitator ? "Open" : "Join" }).click();
      await page.locator(".ws-live-status[data-status=connected]").waitFor({ timeout: 15_000 });
      await page.locator("[data-card-id]").first().waitFor();
      return page;
    },
    /** Everyone leaves: their browser contexts close. */
    async close() {
      for (const context of contexts.splice(0)) await context.close();
    },
  };
}

/** The text of every card on a page, in the page's order. */
export const cardTexts = (page: Page) =>
  page.locator("[data-card-id]").evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ""));

/**
 * One e2e file's live workshop: before its tests, journeykit-server and Chromium (with `chromiumArgs`)
 * start and the screenshots folder is made; after them, everyone leaves and both stop.
 */
export function liveWorkshop(secret: string, options: { shots?: string; chromiumArgs?: string[] } = {}) {
  let browser: Browser | undefined;
  let server: LiveServer | undefined;
  const started = <T>(value: T | undefined, what: string): T => {
    if (!value) throw new Error(`the live workshop's ${what} has not started (use it inside a test)`);
    return value;
  };
  const people = livePeople(
    () => started(browser, "browser"),
    () => started(server, "server"),
  );
  beforeAll(async () => {
    if (options.shots) mkdirSync(options.shots, { recursive: true });
    server = await startLiveServer(secret);
    browser = await launchChromium(options.chromiumArgs);
  });
  afterAll(async () => {
    await people.close();
    await browser?.close();
    await server?.stop();
  });
  return {
    people,
    errors: people.errors,
    get server(): LiveServer {
      return started(server, "server");
    },
  };
}

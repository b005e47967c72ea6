import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { createServer, defaultClientConditions, type ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECRET, tempDataDir, tokenFor } from "./room-client.js";
import { freePort, killHard, spawnServer } from "./server-process.js";

// Two participants in two real Chromium contexts (native WebSocket, real IndexedDB) on one
// journeykit-server room: the server is killed while both keep editing, one reloads while it is down,
// and after the restart every edit of both is on both pages and on the server.
const chromiumPath = process.env.JOURNEYKIT_CHROMIUM ?? "/usr/bin/chromium";

type RoomApi = {
  join(url: string, room: string, token: string, name: string, seed: boolean): Promise<void>;
  addStage(id: string, name: string): void;
  stageNames(): string[];
  title(): string | undefined;
};
declare const journeykitRoom: RoomApi;

let page: ViteDevServer;
let browser: Browser;
const data = tempDataDir();

beforeAll(async () => {
  if (!existsSync(chromiumPath))
    throw new Error(`No Chromium at ${chromiumPath}: apt-get install -y chromium`);
  page = await createServer({
    root: fileURLToPath(new URL("./browser", import.meta.url)),
    configFile: false,
    logLevel: "error",
    resolve: { conditions: ["@journeykit/source", ...defaultClientConditions] },
    server: { host: "127.0.0.1", port: 0, strictPort: false },
  });
  await page.listen();
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await page?.close();
  data.remove();
});

const pageUrl = () => page.resolvedUrls!.local[0]!;

async function participant(): Promise<Page> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(pageUrl());
  await tab.waitForFunction(() => "journeykitRoom" in window);
  return tab;
}

const stages = (tab: Page) => tab.evaluate(() => journeykitRoom.stageNames());

describe("two browsers on one room", () => {
  it("the server is killed, both keep editing (one reloads meanwhile), and after the restart nothing is lost", async () => {
    const port = await freePort();
    const args = ["--port", String(port), "--host", "127.0.0.1", "--data", data.dir, "--secret", SECRET];
    let server: ChildProcess = await spawnServer(args);
    try {
      const ws = `ws://127.0.0.1:${port}`;
      const ana = await participant();
      const ben = await participant();
      const anaToken = await tokenFor("browsers", "edit", "Ana");
      const benToken = await tokenFor("browsers", "edit", "Ben");
      await ana.evaluate(([u, t]) => journeykitRoom.join(u!, "browsers", t!, "Ana", true), [ws, anaToken]);
      await ben.evaluate(([u, t]) => journeykitRoom.join(u!, "browsers", t!, "Ben", false), [ws, benToken]);
      expect(await ben.evaluate(() => journeykitRoom.title())).toBe("Browser room");

      await ana.evaluate(() => journeykitRoom.addStage("stage-ana-online", "Ana online"));
      await expect.poll(() => stages(ben), { timeout: 10_000 }).toContain("Ana online");

      await killHard(server);
      await ana.evaluate(() => journeykitRoom.addStage("stage-ana-offline", "Ana offline"));
      await ben.evaluate(() => journeykitRoom.addStage("stage-ben-offline", "Ben offline"));
      // Ben reloads while the server is down: the room opens from IndexedDB with his offline edit.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await ben.reload();
      await ben.waitForFunction(() => "journeykitRoom" in window);
      await ben.evaluate(([u, t]) => journeykitRoom.join(u!, "browsers", t!, "Ben", false), [ws, benToken]);
      expect(await stages(ben)).toEqual(expect.arrayContaining(["Ana online", "Ben offline"]));

      server = await spawnServer(args);
      const all = ["Ana online", "Ana offline", "Ben offline"];
      await expect.poll(() => stages(ana), { timeout: 20_000 }).toEqual(expect.arrayContaining(all));
      await expect.poll(() => stages(ben), { timeout: 20_000 }).toEqual(expect.arrayContaining(all));
      expect(await stages(ben)).toEqual(await stages(ana));
      const response = await fetch(`http://127.0.0.1:${port}/rooms/browsers/map`, {
        headers: { authorization: `Bearer ${anaToken}` },
      });
      const stored = (await response.json()) as { stages: { name: string }[] };
      expect(stored.stages.map((stage) => stage.name)).toEqual(await stages(ana));
    } finally {
      await killHard(server);
    }
  });
});

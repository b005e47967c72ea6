import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, expect } from "vitest";
import { type WorkshopExtensionOptions, workshopExtension } from "../src/app/workshop-extension.js";
import { writePasscode } from "../src/passcode/passcode-file.js";
import { type JourneykitServer, startJourneykitServer } from "../src/server/start-journeykit-server.js";
import { tempDataDir } from "./room-client.js";

export const WORKSHOP_SECRET = "workshop-extension-secret-for-tests";
export const PASSCODE = "blue-otter-42";

/** A running server as `journeykit-server` starts it, its address and its data folder. */
export interface WorkshopServer {
  server: JourneykitServer;
  base: string;
  dataDir: string;
}

/** A POST with a JSON body, signed in as the facilitator when `session` is given. */
export const json = (body: unknown, session?: string) => ({
  method: "POST",
  headers: {
    "content-type": "application/json",
    ...(session ? { authorization: `Bearer ${session}` } : {}),
  },
  body: JSON.stringify(body),
});

/**
 * One test file's servers as `journeykit-server` starts them: a stand-in workshop app, the passcode
 * `PASSCODE`, the facilitator's and the join routes. `serve(again)` starts one again on an earlier
 * server's data folder; `signIn` gives a facilitator session; everything is closed after each test.
 */
export function workshopServersUnderTest() {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  async function serve(
    again?: string,
    options: Partial<WorkshopExtensionOptions> = {},
  ): Promise<WorkshopServer> {
    let dir = again ?? "";
    if (!again) {
      const made = tempDataDir();
      cleanups.push(() => made.remove());
      dir = made.dir;
      mkdirSync(join(dir, "app"));
      writeFileSync(
        join(dir, "app", "index.html"),
        "<!doctype html><html><head></head><body>app</body></html>",
      );
      await writePasscode(dir, PASSCODE);
    }
    const workshop = workshopExtension({
      dataDir: dir,
      secret: WORKSHOP_SECRET,
      appDir: join(dir, "app"),
      ...options,
    });
    const server = await startJourneykitServer({
      port: 0,
      host: "127.0.0.1",
      dataDir: dir,
      secret: WORKSHOP_SECRET,
      snapshotEverySeconds: 0,
      extensions: [workshop.extension],
    });
    cleanups.push(() => server.close());
    return { server, base: server.url, dataDir: dir };
  }
  async function signIn(base: string): Promise<string> {
    const answer = await fetch(`${base}/facilitator/session`, json({ passcode: PASSCODE }));
    expect(answer.status).toBe(200);
    return ((await answer.json()) as { session: string }).session;
  }
  return { cleanups, serve, signIn };
}

import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { afterEach } from "vitest";

const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));

/** A free TCP port on 127.0.0.1 (so a restarted server can come back on the same one). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/**
 * `journeykit-server` as its own process (the built bin: `pnpm --filter @journeykit/server build`), so a
 * test can kill it with SIGKILL as a crash would. Resolves once it prints that it is listening.
 */
export function spawnServer(args: string[]): Promise<ChildProcess> {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run pnpm build first`);
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${output}`)), 15_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("listening on")) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}: ${output}`));
    });
  });
}

/** Kill a server process as a crash would (SIGKILL: no shutdown, no last store). */
export function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}

/**
 * One test file's server processes, clients and data folders: each list is emptied after every test,
 * clients closed first, then the processes killed (SIGKILL), then the folders removed.
 */
export function processesUnderTest() {
  const running: ChildProcess[] = [];
  const clients: { close(): void }[] = [];
  const folders: (() => void)[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    for (const child of running.splice(0)) await killHard(child);
    for (const remove of folders.splice(0)) remove();
  });
  return { running, clients, folders };
}

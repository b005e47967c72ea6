// What every outside-host test needs: commands run and their output kept, the workspace's own versions,
// the packages packed as a stranger gets them, a built app's server, and a page in Chromium that keeps
// its errors, edits a card and downloads what a button exports.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stripVTControlCharacters } from "node:util";
import type { Browser, Page } from "playwright-core";
import { expect, inject } from "vitest";

export const repository = fileURLToPath(new URL("../../", import.meta.url));

/** The versions the workspace itself builds and tests with, so the host matches what was tested. */
export function versionOf(name: string, from = "packages/react"): string {
  const manifest = join(repository, from, "node_modules", name, "package.json");
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}

/**
 * Runs a command; resolves with its output as plain text (without the colour codes a CI terminal may
 * force), rejects with the output when it exits non-zero.
 */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ code: number; output: string }>((resolve) => {
    const child: ChildProcess = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: "pipe" });
    let output = "";
    child.stdout?.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr?.on("data", (chunk) => {
      output += chunk;
    });
    const plain = () => stripVTControlCharacters(output);
    child.on("error", (error) => resolve({ code: -1, output: `${plain()}\n${error.message}` }));
    child.on("close", (code) => resolve({ code: code ?? -1, output: plain() }));
  });
}
export async function mustRun(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = await run(command, args, cwd, env);
  if (result.code !== 0)
    throw new Error(`${command} ${args.join(" ")} exited ${result.code}:\n${result.output}`);
  return result.output;
}

// pnpm as the test command itself was started (`pnpm test` or `npx -y pnpm@… test`).
export const pnpm =
  process.env.npm_execpath && /pnpm/.test(process.env.npm_execpath) ? process.env.npm_execpath : "pnpm";
// npm's config on this machine may name keys newer npm warns about; keep the host's output readable.
export const quietNpm = {
  npm_config_fund: "false",
  npm_config_audit: "false",
  npm_config_update_notifier: "false",
};

/** The tarballs e2e/host/global-setup.ts packed for this run, those of `names` (folders of packages/). */
export function packedTarballs(names: readonly string[]): Record<string, string> {
  const all = inject("tarballs");
  return Object.fromEntries(names.map((name) => [`@journeykit/${name}`, all[`@journeykit/${name}`]!]));
}

/** Seconds spent per named step, printed once the file is done: what a host adds to the test run. */
export function stepTimer(label: string) {
  const seconds: Record<string, number> = {};
  return {
    async time<T>(step: string, action: () => Promise<T>): Promise<T> {
      const started = performance.now();
      try {
        return await action();
      } finally {
        seconds[step] = Math.round((performance.now() - started) / 100) / 10;
      }
    },
    print() {
      console.log(`${label}, seconds per step: ${JSON.stringify(seconds)}`);
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

/** Starts a Node server (`args` after node itself); resolves with it once `url` answers 200. */
export async function startServer(
  args: string[],
  cwd: string,
  url: string,
  env: NodeJS.ProcessEnv = {},
): Promise<ChildProcess> {
  const server = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: "pipe" });
  let output = "";
  server.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  server.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  for (const started = Date.now(); Date.now() - started < 60_000; ) {
    if (server.exitCode !== null) throw new Error(`${args.join(" ")} exited ${server.exitCode}:\n${output}`);
    try {
      if ((await fetch(url)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  server.kill("SIGTERM");
  throw new Error(`${args.join(" ")} did not answer at ${url} within 60 s:\n${output}`);
}

/**
 * A fresh page whose uncaught errors, console errors (hydration mismatches among them) and failed
 * requests are kept; the apps have no favicon, and the browser's request for one is not an error.
 */
export async function openWatched(browser: Browser, url: string, errors: string[]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    // A failed request's console line names no URL: the response listener below reports it instead.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
      errors.push(message.text());
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && new URL(response.url()).pathname !== "/favicon.ico")
      errors.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(url);
  return page;
}

/** Double-clicks the first card, types `text`, and waits until the card shows it. */
export async function editFirstCard(page: Page, text: string) {
  const card = page.locator("[data-card-id]").first();
  await card.waitFor();
  // The editor's stylesheet applies: cards are laid out, not stacked unstyled at the origin.
  expect((await card.boundingBox())?.width ?? 0).toBeGreaterThan(40);
  await card.dblclick();
  await page.getByRole("textbox", { name: "Card text" }).fill(text);
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: text }).waitFor();
}

/** Clicks `button` and reads back the file the browser downloads. */
export async function download(page: Page, button: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

interface Zip {
  files: Record<string, unknown>;
  file(name: string): { async(type: "string"): Promise<string> } | null;
}
const JSZip = createRequire(join(repository, "packages/export/package.json"))("jszip") as {
  loadAsync(data: Uint8Array): Promise<Zip>;
};

/** A PowerPoint deck's slides, read from its zip: each slide's XML by its path (ppt/slides/slideN.xml). */
export async function slidesOf(deck: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(deck);
  const names = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  return new Map(
    await Promise.all(names.map(async (name) => [name, await zip.file(name)!.async("string")] as const)),
  );
}

/**
 * The code a docs page shows for each file: a fenced block whose first line is a comment naming the
 * file (`// app/root.tsx`), the rest being the file's text. A block opening with any other comment is
 * an example, not a file.
 */
export function codeShownIn(docsPage: string): Map<string, string> {
  const docs = readFileSync(join(repository, docsPage), "utf8");
  return new Map(
    [...docs.matchAll(/```(?:tsx?|jsonc)\n\/\/ ([\w./-]+\.(?:tsx?|json))\n([\s\S]*?)```/g)].map((m) => [
      m[1]!,
      m[2]!,
    ]),
  );
}

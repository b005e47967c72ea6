// Next.js App Router hosts: the packed tarballs in a Next.js 15 app (webpack, its default bundler) and a
// Next.js 16 app (Turbopack, its default), the same code in both (./next-app, the code
// docs/embedding.md's Next.js section shows) and no next.config at all. One npm workspace holds both
// apps, so one install serves them; each app resolves its own `next`. `next build`, `next start`, then
// in Chromium: the Server Component page renders the editor and a card is edited; the client page edits
// a card and exports a PNG (through the editor's ref) and a PowerPoint deck (toPptx), both downloaded
// and read back; a Route Handler sends a deck made on the server.
import { type ChildProcess, spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fromPng } from "../../packages/export/src/png/png-metadata.js";
import { launchChromium } from "../chromium.js";
import { mustRun, packTarballs, quietNpm, repository, versionOf } from "./host-tools.js";

const JSZip = createRequire(join(repository, "packages/export/package.json"))("jszip") as {
  loadAsync(data: Uint8Array): Promise<{
    files: Record<string, unknown>;
    file(name: string): { async(type: "string"): Promise<string> } | null;
  }>;
};

const template = fileURLToPath(new URL("./next-app/", import.meta.url));

interface NextVariant {
  name: string;
  folder: string;
  next: string;
  /** The bundler `next build` uses by default in this major, as its banner names it. */
  bundler: "webpack" | "Turbopack";
}
const nextVariants: NextVariant[] = [
  { name: "Next.js 15, webpack", folder: "next15", next: "15.5.29", bundler: "webpack" },
  { name: "Next.js 16, Turbopack", folder: "next16", next: "16.5.0", bundler: "Turbopack" },
];

const work = mkdtempSync(join(tmpdir(), "journeykit-next-"));
const root = join(work, "hosts");
const servers: ChildProcess[] = [];
let browser: Browser;
/** Seconds spent per step, printed at the end: what these hosts add to the test run. */
const timings: Record<string, number> = {};

async function timed<T>(step: string, action: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await action();
  } finally {
    timings[step] = Math.round((performance.now() - started) / 100) / 10;
  }
}

/** Both apps in one npm workspace: the shared dependencies once at its root, each app's `next` its own. */
async function installHosts() {
  const tarballs = await packTarballs(["core", "react", "export"], join(work, "tarballs"));
  const journeykit = Object.fromEntries(
    Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`]),
  );
  const manifest = {
    name: "next-hosts",
    private: true,
    workspaces: nextVariants.map((v) => v.folder),
    dependencies: {
      ...journeykit,
      "@xyflow/react": versionOf("@xyflow/react"),
      react: versionOf("react"),
      "react-dom": versionOf("react"),
    },
    devDependencies: {
      // Next's build type-checks through TypeScript's JS API (TypeScript 7 has none): 5.9, where a bare
      // Uint8Array is no BlobPart, so the client page's `new Blob([await toPptx(map)])` is checked.
      typescript: "5.9.3",
      "@types/react": versionOf("@types/react"),
      "@types/react-dom": versionOf("@types/react-dom"),
      "@types/node": versionOf("@types/node", "."),
    },
    overrides: Object.fromEntries(Object.keys(tarballs).map((name) => [name, `$${name}`])),
  };
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const variant of nextVariants) {
    const dir = join(root, variant.folder);
    cpSync(template, dir, { recursive: true });
    const app = { name: `${variant.folder}-host`, private: true, dependencies: { next: variant.next } };
    writeFileSync(join(dir, "package.json"), `${JSON.stringify(app, null, 2)}\n`);
  }
  await mustRun("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline"], root, quietNpm);
}

let installed: Promise<void>;
beforeAll(async () => {
  installed = timed("npm install (both apps)", installHosts);
  installed.catch(() => {});
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  for (const server of servers) server.kill("SIGTERM");
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
  console.log(`Next.js hosts, seconds per step: ${JSON.stringify(timings)}`);
});

/** The `next` CLI the app itself resolves (its own version, nested or hoisted). */
function nextBin(dir: string): string {
  return createRequire(join(dir, "package.json")).resolve("next/dist/bin/next");
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

/** `next start` on a free port; resolves with its URL once it answers. */
async function start(dir: string): Promise<string> {
  const port = await freePort();
  const server = spawn(process.execPath, [nextBin(dir), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "pipe",
  });
  servers.push(server);
  let output = "";
  server.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  server.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  for (const started = Date.now(); Date.now() - started < 60_000; ) {
    if (server.exitCode !== null) throw new Error(`next start exited ${server.exitCode}:\n${output}`);
    try {
      if ((await fetch(url)).ok) return url;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer within 60 s:\n${output}`);
}

/**
 * A fresh page whose uncaught errors, console errors (hydration mismatches among them) and failed
 * requests are kept; the app has no favicon, and the browser's request for one is not an error.
 */
async function open(url: string, errors: string[]): Promise<Page> {
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
async function editFirstCard(page: Page, text: string) {
  const card = page.locator("[data-card-id]").first();
  await card.waitFor();
  expect((await card.boundingBox())?.width ?? 0).toBeGreaterThan(40);
  await card.dblclick();
  await page.getByRole("textbox", { name: "Card text" }).fill(text);
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: text }).waitFor();
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

test("docs/embedding.md shows the Next.js app's code exactly as built here", () => {
  const docs = readFileSync(join(repository, "docs/embedding.md"), "utf8");
  const shown = new Map(
    [...docs.matchAll(/```tsx?\n\/\/ (app\/[^\n]+)\n([\s\S]*?)```/g)].map((m) => [m[1]!, m[2]!]),
  );
  const files = readdirSync(join(template, "app"), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => `app/${file}`);
  expect([...shown.keys()].sort()).toEqual(files.sort());
  for (const file of files) expect(shown.get(file), file).toBe(readFileSync(join(template, file), "utf8"));
});

describe.each(nextVariants)("outside host: $name (App Router)", (variant) => {
  let dir: string;
  let url: string;
  beforeAll(async () => {
    await installed;
    dir = join(root, variant.folder);
  }, 600_000);
  afterAll(() => {
    // One `next start` at a time: the next app builds on a machine this server no longer loads.
    servers.pop()?.kill("SIGTERM");
  });

  test(`builds with next build (${variant.bundler}) without any bundler configuration`, async () => {
    expect(readdirSync(dir).filter((file) => file.startsWith("next.config"))).toEqual([]);
    const output = await timed(`next build, ${variant.name}`, () =>
      mustRun(process.execPath, [nextBin(dir), "build"], dir, { NEXT_TELEMETRY_DISABLED: "1" }),
    );
    expect(output).toContain(`Next.js ${variant.next}`);
    if (variant.bundler === "Turbopack") expect(output).toMatch(/Next\.js [\d.]+ \(Turbopack\)/);
    else expect(output).not.toMatch(/turbopack/i);
    expect(existsSync(join(dir, ".next/BUILD_ID"))).toBe(true);
    url = await start(dir);
  }, 900_000);

  test("the Server Component page renders the editor on the server, and a card is edited in Chromium", async () => {
    expect(url, "the build test starts the server").toBeDefined();
    const html = await (await fetch(url)).text();
    expect(html).toContain("jk-root");
    const errors: string[] = [];
    const page = await open(url, errors);
    try {
      await page.locator(".jk-root").waitFor();
      await editFirstCard(page, "Edited under a Server Component");
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  test("a Route Handler sends a PowerPoint deck made on the server", async () => {
    expect(url, "the build test starts the server").toBeDefined();
    const response = await fetch(`${url}/deck`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("journey.pptx");
    const zip = await JSZip.loadAsync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(zip.files)).toContain("ppt/slides/slide1.xml");
  });

  test("the client page edits a card, then downloads a PNG and a PowerPoint deck of the edited map", async () => {
    expect(url, "the build test starts the server").toBeDefined();
    const errors: string[] = [];
    const page = await open(`${url}/export`, errors);
    try {
      const text = `Edited in ${variant.name}`;
      await editFirstCard(page, text);

      const png = await download(page, "Export PNG");
      expect(png.name).toBe("journey.png");
      const inside = fromPng(png.bytes);
      expect(inside.ok && inside.map.cards.map((card) => card.text)).toContain(text);

      const pptx = await download(page, "Export PPTX");
      expect(pptx.name).toBe("journey.pptx");
      const zip = await JSZip.loadAsync(pptx.bytes);
      const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
      expect(slides.length).toBeGreaterThanOrEqual(3);
      const xml = await Promise.all(slides.map((name) => zip.file(name)!.async("string")));
      expect(xml.some((slide) => slide.includes(text))).toBe(true);
      await expect(page.locator("output").textContent()).resolves.toBe("Saved journey.pptx");
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

// Next.js App Router hosts: the packed tarballs in a Next.js 15 app (webpack, its default bundler) and a
// Next.js 16 app (Turbopack, its default), the same code in both (./next-app, the code
// docs/embedding.md's Next.js section shows) and no next.config at all. One npm workspace holds both
// apps, so one install serves them; each app resolves its own `next`. `next build`, `next start`, then
// in Chromium: the Server Component page renders the editor and a card is edited; the client page edits
// a card and exports a PNG (through the editor's ref) and a PowerPoint deck (toPptx), both downloaded
// and read back; a Route Handler sends a deck made on the server.
import type { ChildProcess } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fromPng } from "../../packages/export/src/png/png-metadata.js";
import { launchChromium } from "../chromium.js";
import {
  codeShownIn,
  download,
  editFirstCard,
  freePort,
  mustRun,
  openWatched,
  packedTarballs,
  quietNpm,
  slidesOf,
  startServer,
  stepTimer,
  versionOf,
} from "./host-tools.js";

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
const timer = stepTimer("Next.js hosts");

/** Both apps in one npm workspace: the shared dependencies once at its root, each app's `next` its own. */
async function installHosts() {
  const tarballs = packedTarballs(["core", "react", "export"]);
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
  installed = timer.time("npm install (both apps)", installHosts);
  installed.catch(() => {});
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  for (const server of servers) server.kill("SIGTERM");
  await browser?.close();
  await rm(work, { recursive: true, force: true });
  timer.print();
});

/** The `next` CLI the app itself resolves (its own version, nested or hoisted). */
function nextBin(dir: string): string {
  return createRequire(join(dir, "package.json")).resolve("next/dist/bin/next");
}

/** `next start` on a free port; resolves with its URL once it answers. */
async function start(dir: string): Promise<string> {
  const url = `http://127.0.0.1:${await freePort()}`;
  const args = [nextBin(dir), "start", "-p", new URL(url).port, "-H", "127.0.0.1"];
  servers.push(await startServer(args, dir, url, { NEXT_TELEMETRY_DISABLED: "1" }));
  return url;
}

test("docs/embedding.md shows the Next.js app's code exactly as built here", () => {
  const shown = codeShownIn("docs/embedding.md");
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
    const output = await timer.time(`next build, ${variant.name}`, () =>
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
    const page = await openWatched(browser, url, errors);
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
    const slides = await slidesOf(new Uint8Array(await response.arrayBuffer()));
    expect([...slides.keys()]).toContain("ppt/slides/slide1.xml");
  });

  test("the client page edits a card, then downloads a PNG and a PowerPoint deck of the edited map", async () => {
    expect(url, "the build test starts the server").toBeDefined();
    const errors: string[] = [];
    const page = await openWatched(browser, `${url}/export`, errors);
    try {
      const text = `Edited in ${variant.name}`;
      await editFirstCard(page, text);

      const png = await download(page, "Export PNG");
      expect(png.name).toBe("journey.png");
      const inside = fromPng(png.bytes);
      expect(inside.ok && inside.map.cards.map((card) => card.text)).toContain(text);

      const pptx = await download(page, "Export PPTX");
      expect(pptx.name).toBe("journey.pptx");
      const slides = await slidesOf(pptx.bytes);
      expect(slides.size).toBeGreaterThanOrEqual(3);
      expect([...slides.values()].some((slide) => slide.includes(text))).toBe(true);
      await expect(page.locator("output").textContent()).resolves.toBe("Saved journey.pptx");
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

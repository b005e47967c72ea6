// A React Router 7 framework-mode host (Remix's successor): the packed tarballs in the app of
// ./react-router-app, the code docs/react-router.md shows, with no bundler configuration beyond the
// framework's own Vite plugin. `react-router typegen` and tsc check it as its readers would,
// `react-router build` builds it and `react-router-serve` serves it; then the route renders the editor
// on the server with its loader's map, and in Chromium it hydrates, a card is edited and the edited
// map downloads as a PNG and a PowerPoint deck; a resource route sends a deck made on the server.
import type { ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
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
  repository,
  run,
  slidesOf,
  startServer,
  stepTimer,
  versionOf,
} from "./host-tools.js";

const template = fileURLToPath(new URL("./react-router-app/", import.meta.url));
/** The last React Router 7 (8 needs Node 22); its packages are released together, at one version. */
const reactRouter = "7.18.7";

/** The host's package.json: what docs/react-router.md tells its readers to install, and the tarballs. */
function manifest(tarballs: Record<string, string>) {
  return {
    name: "react-router-host",
    private: true,
    type: "module",
    dependencies: {
      ...Object.fromEntries(Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`])),
      "@xyflow/react": versionOf("@xyflow/react"),
      react: versionOf("react"),
      "react-dom": versionOf("react"),
      "react-router": reactRouter,
      "@react-router/node": reactRouter,
      "@react-router/serve": reactRouter,
      // The framework's own server entry detects crawlers with it; without it `react-router build`
      // adds it to package.json and runs npm install by itself.
      isbot: "5.2.4",
    },
    devDependencies: {
      "@react-router/dev": reactRouter,
      vite: versionOf("vite", "."),
      // React Router 7 takes TypeScript 5 or 6 (not 7, the workspace's).
      typescript: "5.9.3",
      "@types/react": versionOf("@types/react"),
      "@types/react-dom": versionOf("@types/react-dom"),
      "@types/node": versionOf("@types/node", "."),
    },
    overrides: Object.fromEntries(Object.keys(tarballs).map((name) => [name, `$${name}`])),
  };
}

/**
 * A reader's shell sets no NODE_ENV: the build then makes a production bundle and the server runs in
 * production. Vitest's `test` would make the browser bundle a development one while the server renders
 * for production, and React Flow's attribution link differs between the two (a hydration mismatch).
 */
const readersShell = { NODE_ENV: undefined };

const work = mkdtempSync(join(tmpdir(), "journeykit-react-router-"));
const dir = join(work, "app");
const timer = stepTimer("React Router host");
let browser: Browser;
let installed: Promise<void>;
let server: ChildProcess | undefined;

/** The map the route's loader makes, as the installed @journeykit/core makes it. */
async function loaderMap(): Promise<{ title: string; personas: { name: string }[] }> {
  const script =
    'import { getTemplate } from "@journeykit/core"; process.stdout.write(JSON.stringify(getTemplate("saas-trial").create()));';
  return JSON.parse(await mustRun(process.execPath, ["--input-type=module", "-e", script], dir));
}

async function install() {
  cpSync(template, dir, { recursive: true });
  const packageJson = manifest(packedTarballs(["core", "react", "export"]));
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(packageJson, null, 2)}\n`);
  await mustRun("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline"], dir, quietNpm);
}

beforeAll(async () => {
  installed = timer.time("npm install", install);
  installed.catch(() => {});
  browser = await timer.time("Chromium starts", launchChromium);
}, 600_000);

afterAll(async () => {
  server?.kill("SIGTERM");
  await browser?.close();
  // fs/promises' rm, not rmSync: the install's 15,000 files go in parallel (rmSync took 15 to 37 s here).
  await timer.time("clean-up", () => rm(work, { recursive: true, force: true }));
  timer.print();
});

test("docs/react-router.md shows the React Router app's files exactly as built here", () => {
  const shown = codeShownIn("docs/react-router.md");
  const files = readdirSync(template, { recursive: true, encoding: "utf8" }).filter((file) =>
    /\.(tsx?|json)$/.test(file),
  );
  expect([...shown.keys()].sort()).toEqual(files.sort());
  for (const file of files) expect(shown.get(file), file).toBe(readFileSync(join(template, file), "utf8"));
});

test("docs/react-router.md installs the packages the host installs", () => {
  const docs = readFileSync(join(repository, "docs/react-router.md"), "utf8");
  const packagesOf = (command: string) =>
    new RegExp(`^${command} ([^-].+)$`, "m")
      .exec(docs)?.[1]
      ?.split(" ")
      .map((spec) => spec.replace(/(.)@[^@]*$/, "$1"))
      .sort();
  const host = manifest(packedTarballs(["core", "react", "export"]));
  expect(packagesOf("npm i")).toEqual(Object.keys(host.dependencies).sort());
  expect(packagesOf("npm i -D")).toEqual(Object.keys(host.devDependencies).sort());
});

describe(`outside host: React Router ${reactRouter} framework mode (Vite), React 19`, () => {
  let url: string;
  beforeAll(() => installed, 600_000);

  test("type-checks as its readers would: react-router typegen, then tsc", async () => {
    await timer.time("typegen and tsc", async () => {
      await mustRun(
        process.execPath,
        [join(dir, "node_modules/.bin/react-router"), "typegen"],
        dir,
        readersShell,
      );
      const result = await run(join(dir, "node_modules/.bin/tsc"), ["-p", "."], dir);
      expect(result.output).toBe("");
      expect(result.code).toBe(0);
    });
  });

  test("builds with react-router build (Vite, only the framework's plugin) and react-router-serve serves it", async () => {
    expect(readdirSync(dir).filter((file) => /^(vite|react-router)\.config\./.test(file))).toEqual([
      "vite.config.ts",
    ]);
    const output = await timer.time("react-router build", () =>
      mustRun(join(dir, "node_modules/.bin/react-router"), ["build"], dir, readersShell),
    );
    expect(output).toContain(`vite v${versionOf("vite", ".")} building`);
    expect(existsSync(join(dir, "build/server/index.js"))).toBe(true);
    url = `http://127.0.0.1:${await freePort()}`;
    server = await timer.time("react-router-serve answers", () =>
      startServer([join(dir, "node_modules/@react-router/serve/bin.js"), "build/server/index.js"], dir, url, {
        HOST: "127.0.0.1",
        PORT: new URL(url).port,
        NODE_ENV: "production",
      }),
    );
  });

  test("the route renders the editor on the server, with the map from its loader", async () => {
    expect(url, "the build test starts the server").toBeDefined();
    const response = await fetch(url);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('class="jk-root"');
    // The persona strip is server-rendered from the loader's map (React Flow draws the cards in the browser).
    expect(html).toContain((await loaderMap()).personas[0]!.name);
  });

  test("in Chromium it hydrates, a card is edited, and a PNG and a deck of the edited map download", async () => {
    expect(url, "the build test starts the server").toBeDefined();
    const errors: string[] = [];
    const page = await openWatched(browser, url, errors);
    try {
      const text = "Edited in a React Router app";
      await editFirstCard(page, text);

      const png = await download(page, "Export PNG");
      expect(png.name).toBe("journey.png");
      expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const inside = fromPng(png.bytes);
      expect(inside.ok && inside.map.cards.map((card) => card.text)).toContain(text);

      const pptx = await download(page, "Export PPTX");
      expect(pptx.name).toBe("journey.pptx");
      expect([...pptx.bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
      const slides = await slidesOf(pptx.bytes);
      expect(slides.size).toBeGreaterThanOrEqual(3);
      expect([...slides.values()].some((slide) => slide.includes(text))).toBe(true);
      await expect(page.locator("output").textContent()).resolves.toBe("Saved journey.pptx");
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  test("a resource route sends a PowerPoint deck made on the server", async () => {
    expect(url, "the build test starts the server").toBeDefined();
    const response = await fetch(`${url}/deck`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("journey.pptx");
    const slides = await slidesOf(new Uint8Array(await response.arrayBuffer()));
    const { title } = await loaderMap();
    expect([...slides.values()].some((slide) => slide.includes(title))).toBe(true);
  });
});

// The outside-host test: the packages as a stranger gets them. Pack every publishable package, install
// the tarballs with npm (hoisted node_modules) and with pnpm (strict, symlinked layout) into a fresh
// Vite + React app outside the workspace, on React 19 and 18.3; type-check the host under nodenext
// and bundler, build it, open it in Chromium, edit a card, export a PNG through the editor's ref, run
// the `journeykit` CLI from its tarball on a template, and start `journeykit-server` from its tarball
// (health, a room token, a map stored and read back over HTTP).
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { type PreviewServer, preview } from "vite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium } from "../chromium.js";
import { mustRun, packedTarballs, pnpm, quietNpm, repository, run, versionOf } from "./host-tools.js";

const appTemplate = fileURLToPath(new URL("./app/", import.meta.url));
const publishable = ["core", "react", "export", "evidence", "cli", "collab", "server"];
const tsc = join(repository, "node_modules/.bin/tsc");

const tooling = {
  "@xyflow/react": versionOf("@xyflow/react"),
  vite: versionOf("vite", "."),
  "@vitejs/plugin-react": versionOf("@vitejs/plugin-react", "."),
};
const reactVersions = {
  "19": {
    react: versionOf("react"),
    types: versionOf("@types/react"),
    domTypes: versionOf("@types/react-dom"),
  },
  "18.3": { react: "18.3.1", types: "18.3.31", domTypes: "18.3.7" },
} as const;

interface Variant {
  name: string;
  manager: "npm" | "pnpm";
  react: keyof typeof reactVersions;
}
const variants: Variant[] = [
  { name: "npm layout, React 19", manager: "npm", react: "19" },
  { name: "npm layout, React 18.3", manager: "npm", react: "18.3" },
  { name: "pnpm strict layout, React 19", manager: "pnpm", react: "19" },
  { name: "pnpm strict layout, React 18.3", manager: "pnpm", react: "18.3" },
];

const work = mkdtempSync(join(tmpdir(), "journeykit-host-"));
const tarballs: Record<string, string> = {};

async function installHost(variant: Variant): Promise<string> {
  const dir = join(work, variant.name.replace(/[^a-z0-9]+/gi, "-"));
  cpSync(appTemplate, dir, { recursive: true });
  const react = reactVersions[variant.react];
  const journeykit = Object.fromEntries(
    Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`]),
  );
  const packageJson = {
    name: "outside-host",
    private: true,
    type: "module",
    dependencies: {
      ...journeykit,
      "@xyflow/react": tooling["@xyflow/react"],
      react: react.react,
      "react-dom": react.react,
    },
    devDependencies: {
      "@types/react": react.types,
      "@types/react-dom": react.domTypes,
      vite: tooling.vite,
      "@vitejs/plugin-react": tooling["@vitejs/plugin-react"],
    },
    // The tarballs depend on each other by version; these make every copy come from the tarballs.
    ...(variant.manager === "npm"
      ? { overrides: Object.fromEntries(Object.keys(tarballs).map((name) => [name, `$${name}`])) }
      : {}),
  };
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(packageJson, null, 2)}\n`);
  if (variant.manager === "npm") {
    await mustRun("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline"], dir, quietNpm);
  } else {
    const overrides = Object.entries(journeykit)
      .map(([name, spec]) => `  "${name}": "${spec}"`)
      .join("\n");
    writeFileSync(
      join(dir, "pnpm-workspace.yaml"),
      // pnpm refuses to install while a dependency's build script is neither allowed nor denied: jspdf's
      // optional core-js (a postinstall banner) is denied, as packages/export's README tells pnpm users.
      `overrides:\n${overrides}\nallowBuilds:\n  esbuild: true\n  core-js: false\n`,
    );
    await mustRun(pnpm, ["install", "--prefer-offline"], dir);
  }
  return dir;
}

let browser: Browser;
const installs = new Map<string, Promise<string>>();

beforeAll(async () => {
  Object.assign(tarballs, packedTarballs(publishable));
  // Installs are mostly waiting on the network: run them side by side.
  for (const variant of variants) installs.set(variant.name, installHost(variant));
  for (const install of installs.values()) install.catch(() => {});
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await rm(work, { recursive: true, force: true });
});

describe.each(variants)("outside host: $name", (variant) => {
  let dir: string;
  beforeAll(async () => {
    dir = await (installs.get(variant.name) ?? Promise.reject(new Error("not installed")));
  }, 600_000);

  test("installs only what a browser app needs from @journeykit/export", () => {
    const exportManifest = JSON.parse(
      readFileSync(join(dir, "node_modules/@journeykit/export/package.json"), "utf8"),
    ) as { dependencies?: Record<string, string>; bin?: unknown };
    for (const nodeOnly of ["@resvg/resvg-js", "dejavu-fonts-ttf", "commander"]) {
      expect(exportManifest.dependencies ?? {}).not.toHaveProperty(nodeOnly);
    }
    expect(exportManifest.bin).toBeUndefined();
  });

  test.each(["nodenext", "bundler"])(
    "type-checks under moduleResolution %s, reporting the host's own errors",
    async (mode) => {
      const result = await run(tsc, ["-p", `tsconfig.${mode}.json`], dir);
      expect(result.output).toBe("");
      expect(result.code).toBe(0);
    },
  );

  test("builds with Vite, then edits a card and exports a PNG through the ref in Chromium", async () => {
    await mustRun(join(dir, "node_modules/.bin/vite"), ["build"], dir);
    const server: PreviewServer = await preview({
      root: dir,
      configFile: false,
      logLevel: "error",
      preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false },
    });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    try {
      const url = server.resolvedUrls?.local[0];
      if (!url) throw new Error("vite preview reported no URL");
      await page.goto(url);
      await page.locator(".jk-root").waitFor();
      await expect(page.getByTestId("react-version").textContent()).resolves.toMatch(
        new RegExp(`^React ${variant.react.replace(".", "\\.")}\\.`),
      );
      const card = page.locator("[data-card-id]").first();
      await card.waitFor();
      // The editor's stylesheet applies: cards are laid out, not stacked unstyled at the origin.
      const box = await card.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(40);
      await card.dblclick();
      const text = page.getByRole("textbox", { name: "Card text" });
      await text.fill("Edited in an outside host");
      await page.keyboard.press("Enter");
      await page.getByRole("button", { name: "Edited in an outside host" }).waitFor();
      await page.getByRole("button", { name: "Export PNG" }).click();
      const status = page.getByTestId("status");
      await expect
        .poll(() => status.textContent(), { timeout: 20_000 })
        .toMatch(/^png \d+ bytes; cards inside: .*Edited in an outside host/);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await server.close();
    }
  });

  test("runs the journeykit CLI from its tarball on a template", async () => {
    const bin = join(dir, "node_modules/.bin/journeykit");
    expect(existsSync(bin)).toBe(true);
    const cliManifest = JSON.parse(
      readFileSync(join(dir, "node_modules/@journeykit/cli/package.json"), "utf8"),
    ) as {
      version: string;
    };
    expect((await mustRun(bin, ["--version"], dir)).trim()).toBe(cliManifest.version);
    // A template written by the host with the published core, then validated and rendered by the CLI.
    await mustRun(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        'import { getTemplate } from "@journeykit/core"; import { writeFileSync } from "node:fs"; writeFileSync("gym.journey.json", JSON.stringify(getTemplate("gym-onboarding").create()));',
      ],
      dir,
    );
    expect(await mustRun(bin, ["validate", "gym.journey.json"], dir)).toMatch(/valid/i);
    await mustRun(bin, ["render", "gym.journey.json", "-o", "gym.png"], dir);
    const png = readFileSync(join(dir, "gym.png"));
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
    expect(png.length).toBeGreaterThan(10_000);
    // Evidence from the published packages in plain Node (its lexicons and training data load there).
    const survey = [
      "How likely are you to recommend us? (0-10),What could we do better?",
      ...Array.from({ length: 12 }, (_, i) =>
        i % 2
          ? "3,Waited 25 minutes at reception and nobody told us why"
          : "9,Friendly trainer and a great first session",
      ),
    ].join("\n");
    writeFileSync(join(dir, "survey.csv"), `${survey}\n`);
    const added = await mustRun(
      bin,
      ["evidence", "gym.journey.json", "survey.csv", "-o", "gym-evidence.json"],
      dir,
    );
    expect(added).toMatch(/12 rows read/);
    const withEvidence = JSON.parse(readFileSync(join(dir, "gym-evidence.json"), "utf8")) as {
      metrics: { kind: string; value: number; stageId?: string; sampleSize?: number }[];
    };
    const overall = (kind: string) => withEvidence.metrics.find((m) => m.kind === kind && !m.stageId);
    expect(overall("NPS")).toMatchObject({ value: 0, sampleSize: 12 });
    // Half the comments praise, half are a factual complaint: their mean sentiment is read, near 0.
    expect(overall("sentiment")?.sampleSize).toBe(12);
  });
});

describe("outside host: journeykit-server from its tarball", () => {
  test("starts, answers /health, and stores a map PUT with an edit token", async () => {
    const dir = await (installs.get(variants[0]!.name) ?? Promise.reject(new Error("not installed")));
    const bin = join(dir, "node_modules/.bin/journeykit-server");
    expect(existsSync(bin)).toBe(true);
    const secret = "host-test-secret-0123456789abcdef";
    const token = (
      await mustRun(
        bin,
        ["token", "--secret", secret, "--room", "host", "--name", "Host", "--role", "edit"],
        dir,
      )
    ).trim();
    expect(token.split(".")).toHaveLength(3);
    const server = spawn(bin, ["--port", "0", "--data", join(dir, "server-data"), "--secret", secret], {
      cwd: dir,
      stdio: "pipe",
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = "";
        const timer = setTimeout(() => reject(new Error(`no listening line:\n${output}`)), 30_000);
        const read = (chunk: Buffer) => {
          output += chunk;
          const match = /listening on (http:\/\/[^\s]+)/.exec(output);
          if (match?.[1]) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        };
        server.stdout?.on("data", read);
        server.stderr?.on("data", read);
        server.on("exit", (code) => reject(new Error(`journeykit-server exited ${code}:\n${output}`)));
      });
      expect((await fetch(`${url}/health`)).status).toBe(200);
      const map = await mustRun(
        process.execPath,
        [
          "--input-type=module",
          "-e",
          'import { getTemplate } from "@journeykit/core"; process.stdout.write(JSON.stringify(getTemplate("saas-trial").create()));',
        ],
        dir,
      );
      const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
      const put = await fetch(`${url}/rooms/host/map`, { method: "PUT", headers, body: map });
      expect(put.status, await put.clone().text()).toBeLessThan(300);
      const stored = (await (await fetch(`${url}/rooms/host/map`, { headers })).json()) as { title: string };
      expect(stored.title).toBe((JSON.parse(map) as { title: string }).title);
      expect((await fetch(`${url}/rooms/host/map`)).status).toBe(401);
    } finally {
      server.kill("SIGTERM");
    }
  });
});

// The built packages as a host's bundler reads them (`pnpm build` first): a package whose modules use
// React starts every built file with "use client" (a Server Component can render its components), and
// @journeykit/export's main entry, followed through every static and dynamic import into its
// dependencies with a browser bundler's conditions, reaches no Node built-in (webpack refuses `node:`
// imports even when never called: Next.js, Angular CLI).
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "vite";
import { describe, expect, test } from "vitest";

const packages = fileURLToPath(new URL("../packages/", import.meta.url));

function builtFiles(name: string): string[] {
  const dist = join(packages, name, "dist");
  return readdirSync(dist, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".js"))
    .map((file) => join(dist, file));
}
const importsReact = (code: string) => /^import\s[^;]*?\sfrom\s*"react(?:\/[^"]*)?";/m.test(code);
const startsUseClient = (code: string) =>
  /^(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*["']use client["'];/.test(code);

describe("React Server Components", () => {
  test('every built module of @journeykit/react starts with "use client"', () => {
    const files = builtFiles("react");
    expect(files.length).toBeGreaterThan(20);
    const without = files.filter((file) => !startsUseClient(readFileSync(file, "utf8")));
    expect(without).toEqual([]);
  });

  test('every package with a module that imports React starts its built entry with "use client"', () => {
    const published = readdirSync(packages).filter((name) => !name.startsWith("."));
    const usingReact = published.filter((name) =>
      builtFiles(name).some((file) => importsReact(readFileSync(file, "utf8"))),
    );
    expect(usingReact).toContain("react");
    for (const name of usingReact) {
      const entry = readFileSync(join(packages, name, "dist/index.js"), "utf8");
      expect(startsUseClient(entry), `@journeykit/${name}/dist/index.js`).toBe(true);
    }
  });
});

describe("@journeykit/export's main entry in a browser bundler", () => {
  test("reaches no Node built-in through any import, static or dynamic", async () => {
    const builtins = new Set(builtinModules);
    const reached: string[] = [];
    const record: Plugin = {
      name: "record-node-builtins",
      enforce: "pre",
      resolveId(source, importer) {
        const bare = source.replace(/^node:/, "").split("/")[0]!;
        if (source.startsWith("node:") || builtins.has(bare))
          reached.push(`${source} from ${importer?.replace(/^.*node_modules\//, "") ?? "?"}`);
        return null;
      },
    };
    await build({
      configFile: false,
      logLevel: "silent",
      root: join(packages, "export"),
      plugins: [record],
      build: {
        write: false,
        minify: false,
        rolldownOptions: { input: join(packages, "export/dist/index.js") },
      },
    });
    expect(reached).toEqual([]);
  }, 60_000);
});

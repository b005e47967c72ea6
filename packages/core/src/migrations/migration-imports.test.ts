import { readdirSync, readFileSync } from "node:fs";
import { expect, it } from "vitest";

const dir = new URL("./", import.meta.url);
const steps = readdirSync(dir).filter((file) => /^\d{4}-.*\.ts$/.test(file) && !file.endsWith(".test.ts"));

it("finds the migration steps", () => {
  expect(steps.length).toBeGreaterThanOrEqual(3);
});

// A step carries the constants of its version: from outside this folder it imports types only.
for (const file of steps) {
  it(`${file} imports values only from beside it (types from anywhere)`, () => {
    const source = readFileSync(new URL(file, dir), "utf8");
    const valueImports = [...source.matchAll(/^import\s+(?!type\s)([^;]*?)\s+from\s+"([^"]+)"/gms)]
      .filter(([, names, from]) => !from!.startsWith("./") && !/^\{(\s*type\s[^,}]+,?)*\s*\}$/.test(names!))
      .map(([, , from]) => from);
    expect(valueImports).toEqual([]);
  });
}

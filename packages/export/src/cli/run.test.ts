import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getTemplate } from "@journeykit/core";
import { beforeAll, describe, expect, it } from "vitest";
import { toJson } from "../json/to-json";
import { fromPng } from "../png/png-metadata";
import { run } from "./run";

let dir: string;
const exec = async (...argv: string[]) => {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "journeykit-cli-"));
  await writeFile(join(dir, "map.journey.json"), toJson(getTemplate("saas-trial")!.create()));
  await writeFile(join(dir, "broken.json"), '{"format":"journeykit/map","version":1,');
  await writeFile(
    join(dir, "old.json"),
    await readFile(
      new URL("../../../core/test/fixtures/v0/bank-account-opening.json", import.meta.url),
      "utf8",
    ),
  );
});

describe("journeykit CLI", () => {
  it("validates a good file and exits 0", async () => {
    const result = await exec("validate", join(dir, "map.journey.json"));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/map\.journey\.json: ok \(5 stages, \d+ cards\)/);
  });

  it("prints path-specific errors for a bad file and exits 1 with a one-line reason", async () => {
    const result = await exec("validate", join(dir, "broken.json"));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/broken\.json: not valid JSON: .* at line 1 column \d+/);
    const render = await exec("render", join(dir, "broken.json"), "-o", join(dir, "out.svg"));
    expect(render.code).toBe(1);
    expect(render.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("renders PNG (with the map inside), SVG, PPTX, CSV and Markdown", async () => {
    for (const ext of ["png", "svg", "pptx", "csv", "md"]) {
      const out = join(dir, `out.${ext}`);
      const result = await exec("render", join(dir, "map.journey.json"), "-o", out, "--preset", "16:9");
      expect(result.code, result.stderr).toBe(0);
    }
    const png = await readFile(join(dir, "out.png"));
    expect(png.readUInt32BE(16)).toBe(1920);
    expect(fromPng(new Uint8Array(png)).ok).toBe(true);
    expect(await readFile(join(dir, "out.md"), "utf8")).toContain("```mermaid\njourney");
    expect((await readFile(join(dir, "out.pptx"))).subarray(0, 2).toString()).toBe("PK");
  });

  it("refuses an unknown output type without touching an existing file", async () => {
    const target = join(dir, "keep.txt");
    await writeFile(target, "precious");
    const result = await exec("render", join(dir, "map.journey.json"), "-o", target);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot render to "\.txt"/);
    expect(await readFile(target, "utf8")).toBe("precious");
  });

  it("migrates a version 0 file", async () => {
    const out = join(dir, "migrated.json");
    const result = await exec("migrate", join(dir, "old.json"), "-o", out);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("migrated from version 0 to 1");
    expect(JSON.parse(await readFile(out, "utf8")).version).toBe(1);
  });

  it("reports usage errors with exit code 2", async () => {
    expect((await exec("render", join(dir, "map.journey.json"))).code).toBe(2);
    expect(
      (await exec("render", join(dir, "map.journey.json"), "-o", "x.png", "--preset", "21:9")).code,
    ).toBe(2);
  });
});

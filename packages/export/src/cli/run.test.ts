import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createJourneyMap, getTemplate } from "@journeykit/core";
import { PNG } from "pngjs";
import { beforeAll, describe, expect, it } from "vitest";
import viteConfig, { cliBanner, executableCli } from "../../vite.config.js";
import { toCsv } from "../csv/to-csv.js";
import { toJson } from "../json/to-json.js";
import { toMermaid } from "../mermaid/to-mermaid.js";
import { embedMapInPng, fromPng } from "../png/png-metadata.js";
import { run } from "./run.js";

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

  it("reads every input kind: a journeykit PNG, Mermaid, CSV, and files named by content only", async () => {
    const map = getTemplate("saas-trial")!.create();
    const png = new PNG({ width: 2, height: 2 });
    await writeFile(join(dir, "in.png"), embedMapInPng(new Uint8Array(PNG.sync.write(png)), map));
    await writeFile(join(dir, "in.md"), `# Trial\n\n\`\`\`mermaid\n${toMermaid(map)}\n\`\`\`\n`);
    await writeFile(join(dir, "in.mmd"), toMermaid(map));
    await writeFile(join(dir, "in.csv"), toCsv(map));
    await writeFile(join(dir, "json-no-extension"), toJson(map));
    await writeFile(join(dir, "mermaid.txt"), toMermaid(map));
    await writeFile(join(dir, "cards.txt"), toCsv(map));
    for (const name of [
      "in.png",
      "in.md",
      "in.mmd",
      "in.csv",
      "json-no-extension",
      "mermaid.txt",
      "cards.txt",
    ]) {
      const result = await exec("validate", join(dir, name));
      expect(result.code, `${name}: ${result.stderr}`).toBe(0);
      expect(result.stdout).toMatch(/: ok \(5 stages, \d+ cards\)/);
    }
    const back = await exec("render", join(dir, "in.png"), "-o", join(dir, "from-png.json"));
    expect(back.code).toBe(0);
    expect(await readFile(join(dir, "from-png.json"), "utf8")).toBe(toJson(map));
  });

  it("gives a one-line reason naming the file and the path that is wrong, and writes nothing", async () => {
    const map = createJourneyMap();
    map.cards.push({ id: "c", laneId: map.lanes[0]!.id, stageId: "s9", text: "x" });
    await writeFile(join(dir, "map.json"), JSON.stringify(map));
    const target = join(dir, "existing.svg");
    await writeFile(target, "<svg>old</svg>");
    const before = await readdir(dir);
    const result = await exec("render", join(dir, "map.json"), "-o", target);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `journeykit: ${join(dir, "map.json")}: cards[0].stageId: no stage with id "s9"\n`,
    );
    expect(await readFile(target, "utf8")).toBe("<svg>old</svg>");
    expect(await readdir(dir)).toEqual(before);

    const validate = await exec("validate", join(dir, "map.json"));
    expect(validate.code).toBe(1);
    expect(validate.stderr.split("\n")[0]).toBe(
      `${join(dir, "map.json")}: cards[0].stageId: no stage with id "s9"`,
    );
    expect((await exec("validate", join(dir, "missing.json"))).stderr).toContain(
      "missing.json: no such file",
    );
  });

  it("fails cleanly when the output cannot be written, leaving no temporary file", async () => {
    const result = await exec("render", join(dir, "map.journey.json"), "-o", join(dir, "nope", "out.svg"));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `journeykit: cannot write ${join(dir, "nope", "out.svg")}: its folder does not exist\n`,
    );
    const folder = join(dir, "a-folder.svg");
    await mkdir(folder);
    const before = await readdir(dir);
    const onFolder = await exec("render", join(dir, "map.journey.json"), "-o", folder);
    expect(onFolder.code).toBe(1);
    expect(onFolder.stderr).toMatch(/^journeykit: cannot write .*a-folder\.svg: /);
    expect(await readdir(dir)).toEqual(before);
  });

  it("applies --scale, --theme and --rows", async () => {
    const one = join(dir, "s1.png");
    const two = join(dir, "s2.png");
    expect((await exec("render", join(dir, "map.journey.json"), "-o", one)).code).toBe(0);
    expect((await exec("render", join(dir, "map.journey.json"), "-o", two, "--scale", "2")).code).toBe(0);
    const width = async (file: string) => (await readFile(file)).readUInt32BE(16);
    expect(await width(two)).toBe(2 * (await width(one)));
    expect((await exec("render", join(dir, "map.journey.json"), "-o", one, "--scale", "0")).code).toBe(2);
    expect((await exec("render", join(dir, "map.journey.json"), "-o", one, "--scale", "big")).code).toBe(2);

    const light = join(dir, "light.svg");
    const dark = join(dir, "dark.svg");
    await exec("render", join(dir, "map.journey.json"), "-o", light);
    await exec("render", join(dir, "map.journey.json"), "-o", dark, "--theme", "dark");
    expect(await readFile(dark, "utf8")).not.toBe(await readFile(light, "utf8"));

    const rows = join(dir, "touchpoints.csv");
    expect(
      (await exec("render", join(dir, "map.journey.json"), "-o", rows, "--rows", "touchpoints")).code,
    ).toBe(0);
    expect((await readFile(rows, "utf8")).split("\r\n")[0]).toBe(
      "id,stage,name,channel,owner,description,personas",
    );
  });

  it("migrates to stdout when no output is given, and prints help with exit 0", async () => {
    const result = await exec("migrate", join(dir, "old.json"));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).version).toBe(1);
    const help = await exec("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/validate.*\n.*render.*\n.*migrate/s);
    expect((await exec("frobnicate")).code).toBe(2);
  });
});

describe("the built journeykit bin", () => {
  it("starts with a node shebang and is made executable by the build", async () => {
    expect(cliBanner({ name: "cli" })).toBe("#!/usr/bin/env node");
    expect(cliBanner({ name: "index" })).toBe("");
    expect((viteConfig.build?.lib || undefined)?.entry).toMatchObject({ cli: "src/cli.ts" });
    expect(viteConfig.plugins).toContain(executableCli);
    const out = await mkdtemp(join(tmpdir(), "journeykit-bin-"));
    await writeFile(join(out, "cli.js"), "#!/usr/bin/env node\n", { mode: 0o644 });
    const hook = executableCli.writeBundle as (
      options: { dir: string },
      bundle: Record<string, unknown>,
    ) => Promise<void>;
    await hook({ dir: out }, { "cli.js": {} });
    expect((await stat(join(out, "cli.js"))).mode & 0o111).toBe(0o111);
    const pkg = JSON.parse(await readFile(new URL("../../package.json", import.meta.url), "utf8"));
    expect(pkg.bin).toEqual({ journeykit: "./dist/cli.js" });
  });
});

import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createJourneyMap, getTemplate, type JourneyMap, templates } from "@journeykit/core";
import { embedMapInPng, fromPng, toCsv, toJson, toMermaid } from "@journeykit/export";
import JSZip from "jszip";
import { PNG } from "pngjs";
import { beforeAll, describe, expect, it } from "vitest";
import { cliBanner, executableCli } from "../bin-build.js";
import { EXIT, run } from "./run.js";

let dir: string;
const at = (name: string) => join(dir, name);
const exec = async (...argv: string[]) => {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr, errorLines: stderr.split("\n").filter(Boolean) };
};

/** A map with a structural problem (a title that is a number) and dangling references. */
function brokenMap(danglingCards: number): Record<string, unknown> {
  const map = createJourneyMap();
  for (let i = 0; i < danglingCards; i++)
    map.cards.push({ id: `c${i}`, laneId: map.lanes[0]!.id, stageId: "s9", text: "x" });
  return { ...map, title: 5 };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "journeykit-cli-"));
  await writeFile(at("map.journey.json"), toJson(getTemplate("saas-trial")!.create()));
  await writeFile(at("broken.json"), '{"format":"journeykit/map","version":1,');
  await writeFile(
    at("old.json"),
    await readFile(new URL("../../core/test/fixtures/v0/bank-account-opening.json", import.meta.url), "utf8"),
  );
  await writeFile(
    at("restaurant.journey.json"),
    await readFile(
      new URL("../../core/test/fixtures/restaurant-cold-dish.journey.json", import.meta.url),
      "utf8",
    ),
  );
});

describe("journeykit --version", () => {
  it("prints the version of package.json with --version and -V, exit 0", async () => {
    const pkg = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8"));
    for (const flag of ["--version", "-V"]) {
      const result = await exec(flag);
      expect(result).toMatchObject({ code: EXIT.ok, stdout: `${pkg.version}\n`, stderr: "" });
    }
  });
});

describe("journeykit validate", () => {
  it("validates a good file and exits 0", async () => {
    const result = await exec("validate", at("map.journey.json"));
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toMatch(/map\.journey\.json: valid \(5 stages, \d+ cards\)/);
    const sample = await exec("validate", at("restaurant.journey.json"));
    expect(sample).toMatchObject({ code: EXIT.ok, stderr: "" });
    // The sample is a version-1 file: no warnings, and the summary says it reads as version 3.
    expect(sample.stdout).not.toMatch(/warning/);
    expect(sample.stdout).toMatch(/valid \(\d+ stages, \d+ cards; a version 1 file, read as version 3\)/);
  });

  it("lists schema problems and reference problems together, with the count", async () => {
    await writeFile(at("two-kinds.json"), JSON.stringify(brokenMap(2)));
    const result = await exec("validate", at("two-kinds.json"));
    expect(result.code).toBe(EXIT.invalidInput);
    const file = at("two-kinds.json");
    expect(result.errorLines).toEqual([
      `${file}: title: expected string, received number, got 5`,
      `${file}: cards[0].stageId: no stage with id "s9"`,
      `${file}: cards[1].stageId: no stage with id "s9"`,
      `${file}: 3 problems`,
    ]);
    expect(result.stdout).toBe("");
  });

  it("shows the first 50 problems, then how many more and the total, beyond the parser's 200", async () => {
    await writeFile(at("many.json"), JSON.stringify(brokenMap(299)));
    const result = await exec("validate", at("many.json"));
    expect(result.code).toBe(EXIT.invalidInput);
    expect(result.errorLines).toHaveLength(52);
    expect(result.errorLines[0]).toBe(`${at("many.json")}: title: expected string, received number, got 5`);
    expect(result.errorLines[49]).toBe(`${at("many.json")}: cards[48].stageId: no stage with id "s9"`);
    expect(result.errorLines.slice(50)).toEqual([
      `${at("many.json")}: … and 250 more`,
      `${at("many.json")}: 300 problems`,
    ]);
  });

  it("gives one line for a single problem: broken JSON", async () => {
    const result = await exec("validate", at("broken.json"));
    expect(result.code).toBe(EXIT.invalidInput);
    expect(result.errorLines).toHaveLength(1);
    expect(result.errorLines[0]).toMatch(/broken\.json: not valid JSON: .* at line 1 column \d+$/);
  });

  it("gives one line naming a file that does not exist or is a folder, exit 1", async () => {
    for (const command of [["validate"], ["migrate"], ["render", "-o", at("x.svg")]]) {
      const result = await exec(command[0]!, at("missing.json"), ...command.slice(1));
      expect(result.code, command[0]).toBe(EXIT.invalidInput);
      expect(result.errorLines).toEqual([`journeykit: ${at("missing.json")}: no such file`]);
      expect(result.stdout).toBe("");
    }
    await mkdir(at("folder.json"), { recursive: true });
    expect((await exec("validate", at("folder.json"))).errorLines).toEqual([
      `journeykit: ${at("folder.json")}: not a file`,
    ]);
  });

  it("reads every input kind: a journeykit PNG, Mermaid, CSV, and files named by content only", async () => {
    const map = getTemplate("saas-trial")!.create();
    const png = new PNG({ width: 2, height: 2 });
    await writeFile(at("in.png"), embedMapInPng(new Uint8Array(PNG.sync.write(png)), map));
    await writeFile(at("in.md"), `# Trial\n\n\`\`\`mermaid\n${toMermaid(map)}\n\`\`\`\n`);
    await writeFile(at("in.mmd"), toMermaid(map));
    await writeFile(at("in.csv"), toCsv(map));
    await writeFile(at("json-no-extension"), toJson(map));
    await writeFile(at("mermaid.txt"), toMermaid(map));
    await writeFile(at("cards.txt"), toCsv(map));
    for (const name of [
      "in.png",
      "in.md",
      "in.mmd",
      "in.csv",
      "json-no-extension",
      "mermaid.txt",
      "cards.txt",
    ]) {
      const result = await exec("validate", at(name));
      expect(result.code, `${name}: ${result.stderr}`).toBe(EXIT.ok);
      expect(result.stdout).toMatch(/: valid \(5 stages, \d+ cards\)/);
    }
    const back = await exec("render", at("in.png"), "-o", at("from-png.json"));
    expect(back.code).toBe(EXIT.ok);
    expect(await readFile(at("from-png.json"), "utf8")).toBe(toJson(map));
  });
});

describe("journeykit render", () => {
  it.each(templates.map((t) => [t.id]))("renders the %s template to PNG, SVG and PPTX", async (id) => {
    const map = getTemplate(id)!.create();
    const input = at(`${id}.journey.json`);
    await writeFile(input, toJson(map));
    for (const ext of ["png", "svg", "pptx"]) {
      const result = await exec("render", input, "-o", at(`${id}.${ext}`));
      expect(result.code, result.stderr).toBe(EXIT.ok);
      expect(result.stdout).toBe(`${at(`${id}.${ext}`)}: written\n`);
    }
    const png = new Uint8Array(await readFile(at(`${id}.png`)));
    expect(PNG.sync.read(Buffer.from(png)).width).toBeGreaterThan(800);
    expect(fromPng(png).ok && (fromPng(png) as { map: JourneyMap }).map).toEqual(map);
    const svg = await readFile(at(`${id}.svg`), "utf8");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain(map.stages[0]!.name.replaceAll("&", "&amp;"));
    const deck = await JSZip.loadAsync(await readFile(at(`${id}.pptx`)));
    expect(
      Object.keys(deck.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length,
    ).toBeGreaterThan(0);
  });

  it("renders slide presets, CSV and Markdown", async () => {
    for (const ext of ["png", "csv", "md"]) {
      const result = await exec("render", at("map.journey.json"), "-o", at(`out.${ext}`), "--preset", "16:9");
      expect(result.code, result.stderr).toBe(EXIT.ok);
    }
    const png = await readFile(at("out.png"));
    expect(png.readUInt32BE(16)).toBe(1920);
    expect(await readFile(at("out.md"), "utf8")).toContain("```mermaid\njourney");
  });

  it("refuses an unsupported output extension as a usage error (exit 2), before reading the input", async () => {
    const target = at("keep.docx");
    await writeFile(target, "precious");
    for (const input of ["map.journey.json", "broken.json", "missing.json"]) {
      const result = await exec("render", at(input), "-o", target);
      expect(result.code, input).toBe(EXIT.usage);
      expect(result.errorLines).toEqual([
        'journeykit: cannot render to ".docx": use .png, .svg, .pptx, .pdf, .csv, .md or .json',
      ]);
    }
    expect(await readFile(target, "utf8")).toBe("precious");
    expect((await exec("render", at("map.journey.json"), "-o", at("no-extension"))).code).toBe(EXIT.usage);
  });

  it("gives a one-line reason naming the file and the path that is wrong, exit 1, and writes nothing", async () => {
    const map = createJourneyMap();
    map.cards.push({ id: "c", laneId: map.lanes[0]!.id, stageId: "s9", text: "x" });
    await writeFile(at("map.json"), JSON.stringify(map));
    const target = at("existing.svg");
    await writeFile(target, "<svg>old</svg>");
    const before = await readdir(dir);
    const result = await exec("render", at("map.json"), "-o", target);
    expect(result.code).toBe(EXIT.invalidInput);
    expect(result.stderr).toBe(`journeykit: ${at("map.json")}: cards[0].stageId: no stage with id "s9"\n`);
    expect(await readFile(target, "utf8")).toBe("<svg>old</svg>");
    expect(await readdir(dir)).toEqual(before);

    await writeFile(at("three.json"), JSON.stringify(brokenMap(2)));
    const many = await exec("render", at("three.json"), "-o", target);
    expect(many.code).toBe(EXIT.invalidInput);
    expect(many.errorLines).toEqual([
      `journeykit: ${at("three.json")}: title: expected string, received number, got 5 (and 2 more; run "journeykit validate ${at("three.json")}")`,
    ]);
    const broken = await exec("render", at("broken.json"), "-o", target);
    expect(broken.code).toBe(EXIT.invalidInput);
    expect(broken.errorLines).toHaveLength(1);
  });

  it("fails cleanly when the output cannot be written (exit 1), leaving no temporary file", async () => {
    const result = await exec("render", at("map.journey.json"), "-o", join(dir, "nope", "out.svg"));
    expect(result.code).toBe(EXIT.invalidInput);
    expect(result.stderr).toBe(
      `journeykit: cannot write ${join(dir, "nope", "out.svg")}: its folder does not exist\n`,
    );
    const folder = at("a-folder.svg");
    await mkdir(folder);
    const before = await readdir(dir);
    const onFolder = await exec("render", at("map.journey.json"), "-o", folder);
    expect(onFolder.code).toBe(EXIT.invalidInput);
    expect(onFolder.stderr).toMatch(/^journeykit: cannot write .*a-folder\.svg: [^\n]+\n$/);
    expect(await readdir(dir)).toEqual(before);
  });

  it("applies --scale, --theme and --rows", async () => {
    const one = at("s1.png");
    const two = at("s2.png");
    expect((await exec("render", at("map.journey.json"), "-o", one)).code).toBe(EXIT.ok);
    expect((await exec("render", at("map.journey.json"), "-o", two, "--scale", "2")).code).toBe(EXIT.ok);
    const width = async (file: string) => (await readFile(file)).readUInt32BE(16);
    expect(await width(two)).toBe(2 * (await width(one)));

    const light = at("light.svg");
    const dark = at("dark.svg");
    await exec("render", at("map.journey.json"), "-o", light);
    await exec("render", at("map.journey.json"), "-o", dark, "--theme", "dark");
    expect(await readFile(dark, "utf8")).not.toBe(await readFile(light, "utf8"));

    const rows = at("touchpoints.csv");
    expect((await exec("render", at("map.journey.json"), "-o", rows, "--rows", "touchpoints")).code).toBe(
      EXIT.ok,
    );
    expect((await readFile(rows, "utf8")).split("\r\n")[0]).toBe(
      "id,stage,name,channel,owner,description,personas",
    );
  });
});

describe("journeykit migrate", () => {
  it("migrates a version 0 file to a file, naming the input", async () => {
    const out = at("migrated.json");
    const result = await exec("migrate", at("old.json"), "-o", out);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toBe(`${at("old.json")}: migrated from version 0 to 3; written to ${out}\n`);
    expect(JSON.parse(await readFile(out, "utf8")).version).toBe(3);
  });

  it("migrates to stdout when no output is given, the note naming the input on stderr", async () => {
    const result = await exec("migrate", at("old.json"));
    expect(result.code).toBe(EXIT.ok);
    expect(JSON.parse(result.stdout).version).toBe(3);
    expect(result.stderr).toBe(`${at("old.json")}: migrated from version 0 to 3\n`);
    const current = await exec("migrate", at("map.journey.json"));
    expect(current.stderr).toBe(`${at("map.journey.json")}: already at the current version\n`);
  });

  it("refuses an invalid file with exit 1", async () => {
    const result = await exec("migrate", at("broken.json"));
    expect(result.code).toBe(EXIT.invalidInput);
    expect(result.errorLines).toHaveLength(1);
    expect(result.errorLines[0]).toMatch(/^journeykit: .*broken\.json: not valid JSON/);
  });
});

describe("usage", () => {
  it("prints help with exit 0", async () => {
    const help = await exec("--help");
    expect(help.code).toBe(EXIT.ok);
    expect(help.stdout).toMatch(/validate.*\n.*render.*\n.*migrate/s);
    expect((await exec("render", "--help")).stdout).toContain("--preset");
  });

  it.each([
    ["an unknown command", ["frobnicate"], /unknown command 'frobnicate'/],
    ["a misspelt command", ["valdate", "x.json"], /unknown command 'valdate' \(Did you mean validate\?\)/],
    ["an unknown option", ["validate", "--strict", "x.json"], /unknown option '--strict'/],
    ["a missing argument", ["validate"], /missing required argument 'file'/],
    ["a missing -o", ["render", "x.json"], /required option '-o, --out <path>' not specified/],
    ["an unknown preset", ["render", "x.json", "-o", "x.png", "--preset", "21:9"], /'21:9' is invalid/],
    ["a zero scale", ["render", "x.json", "-o", "x.png", "--scale", "0"], /above 0 and at most 8/],
    ["a scale that is no number", ["render", "x.json", "-o", "x.png", "--scale", "big"], /above 0/],
    ["an unknown theme", ["render", "x.json", "-o", "x.svg", "--theme", "sepia"], /'sepia' is invalid/],
  ])("exits 2 with one line for %s", async (_, argv, message) => {
    const result = await exec(...argv);
    expect(result.code).toBe(EXIT.usage);
    expect(result.errorLines).toHaveLength(1);
    expect(result.errorLines[0]).toMatch(/^journeykit: .*\(see journeykit --help\)$/);
    expect(result.errorLines[0]).toMatch(message);
  });

  it("prints help and exits 2 when no command is given", async () => {
    const result = await exec();
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toContain("Usage: journeykit");
  });
});

describe("the built journeykit bin", () => {
  it("starts with a node shebang and is made executable by the build", async () => {
    expect(cliBanner({ name: "cli" })).toBe("#!/usr/bin/env node");
    expect(cliBanner({ name: "index" })).toBe("");
    // vite.config.ts itself is not imported: loading Vite probes system paths the test guard refuses.
    const config = await readFile(new URL("../vite.config.ts", import.meta.url), "utf8");
    expect(config).toContain('cli: "src/cli.ts"');
    expect(config).toContain("plugins: [executableCli]");
    expect(config).toContain("banner: cliBanner");
    const out = await mkdtemp(join(tmpdir(), "journeykit-bin-"));
    await writeFile(join(out, "cli.js"), "#!/usr/bin/env node\n", { mode: 0o644 });
    const hook = executableCli.writeBundle as (
      options: { dir: string },
      bundle: Record<string, unknown>,
    ) => Promise<void>;
    await hook({ dir: out }, { "cli.js": {} });
    expect((await stat(join(out, "cli.js"))).mode & 0o111).toBe(0o111);
    const pkg = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8"));
    expect(pkg.bin).toEqual({ journeykit: "./dist/cli.js" });
  });
});

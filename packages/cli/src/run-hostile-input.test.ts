import { chmod, copyFile, mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createJourneyMap, parseJourneyMap } from "@journeykit/core";
import { fromMermaid, toJson, toMermaid } from "@journeykit/export";
import { beforeAll, describe, expect, it } from "vitest";
import { EXIT, run } from "./run.js";

/** The hostile corpus (packages/export/test/hostile, see its README). */
const hostile = (name: string) => new URL(`../../export/test/hostile/${name}`, import.meta.url);

let dir: string;
const at = (name: string) => join(dir, name);
const exec = async (...argv: string[]) => {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
};
/** What a terminal or a CI log would act on (see terminal-text.ts). */
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "journeykit-hostile-"));
});

describe("CLI messages with hostile file names, ids and titles", () => {
  it("escapes control characters in an id: every problem stays on its one line", async () => {
    const file = at("control.journey.json");
    await copyFile(hostile("cli-control-characters.journey.json"), file);
    const result = await exec("validate", file);
    expect(result.code).toBe(EXIT.invalidInput);
    expect(result.stderr).not.toMatch(UNSAFE);
    const lines = result.stderr.split("\n").filter(Boolean);
    expect(lines).toEqual([
      `${file}: cards[0].stageId: no stage with id "s\\x1b[32m\\r\\nok: all checks passed\\n::error file=x::pwned\\u2028\\u202egnp.exe\\x9b31m\\x7f"`,
    ]);
    const render = await exec("render", file, "-o", at("out.svg"));
    expect(render.code).toBe(EXIT.invalidInput);
    expect(render.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(render.stderr).not.toMatch(UNSAFE);
    expect(render.stderr).not.toMatch(/^(ok|::error)/m);
  });

  it("escapes a file name with a line break, ESC and a workflow command, in every message", async () => {
    const name = at("map\n::error::pwned\u001b[2J\r.json");
    await writeFile(name, toJson(createJourneyMap({ title: "Fine" })));
    const results = [
      await exec("validate", name),
      await exec("render", name, "-o", `${name}.svg`),
      await exec("migrate", name, "-o", `${name}.out.json`),
      await exec("validate", `${name}.missing`),
      await exec("render", name, "-o", `${name}.docx`),
      await exec("frobnicate\u001b[31m\n::error::x"),
    ];
    expect(results.map((r) => r.code)).toEqual([0, 0, 0, 1, 2, 2]);
    for (const { stdout, stderr } of results) {
      expect(stdout + stderr).not.toMatch(UNSAFE);
      expect((stdout + stderr).split("\n").filter(Boolean)).toHaveLength(1);
      expect(stdout + stderr).not.toMatch(/^::error/m);
    }
    expect(results[0]!.stdout).toBe(
      `${dir}/map\\n::error::pwned\\x1b[2J\\r.json: valid (3 stages, 0 cards)\n`,
    );
  });
});

describe("render -o map.md with a hostile title", () => {
  it("writes inert Markdown that reads back to the same diagram", async () => {
    const file = at("hostile.journey.json");
    await copyFile(hostile("markdown-hostile-title.journey.json"), file);
    const result = await exec("render", file, "-o", at("hostile.md"));
    expect(result.code).toBe(EXIT.ok);
    const markdown = await readFile(at("hostile.md"), "utf8");
    const [heading] = markdown.split("\n");
    expect(heading).toMatch(
      /^# \\<\\\/div\\>\\<script\\>alert\\\(\\"x\\"\\\)\\<\\\/script\\> \\`\\`\\`mermaid journey/,
    );
    expect(markdown.match(/^```/gm)).toEqual(["```", "```"]);
    const source = parseJourneyMap(await readFile(file, "utf8"));
    if (!source.ok) throw new Error(JSON.stringify(source.errors));
    /** The diagram fromMermaid reads, without its generated ids. */
    const diagram = (text: string) => {
      const read = fromMermaid(text);
      if (!read.ok) throw new Error(JSON.stringify(read.errors));
      return toMermaid(read.map);
    };
    expect(diagram(markdown)).toBe(diagram(toMermaid(source.map)));
    expect(diagram(markdown)).not.toMatch(/^ {2}section Fake/m);
    expect((await exec("validate", at("hostile.md"))).code).toBe(EXIT.ok);
  });
});

describe("render over an existing output file", () => {
  it("refuses a read-only output with exit 1 and one line, leaving it untouched", async () => {
    const input = at("ro-in.journey.json");
    await writeFile(input, toJson(createJourneyMap({ title: "In" })));
    const out = at("read-only.svg");
    await writeFile(out, "keep me");
    await chmod(out, 0o444);
    const result = await exec("render", input, "-o", out);
    expect(result).toEqual({
      code: EXIT.invalidInput,
      stdout: "",
      stderr: `journeykit: cannot write ${out}: the file is read-only (left untouched)\n`,
    });
    expect(await readFile(out, "utf8")).toBe("keep me");
  });

  it("keeps a 0600 output private when replacing it", async () => {
    const input = at("private-in.journey.json");
    await writeFile(input, toJson(createJourneyMap({ title: "In" })));
    const out = at("private.json");
    await writeFile(out, "{}");
    await chmod(out, 0o600);
    expect((await exec("render", input, "-o", out)).code).toBe(EXIT.ok);
    expect((await stat(out)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(out, "utf8")).title).toBe("In");
  });
});

import { mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createJourneyMap, parseJourneyMap, SET_ASIDE_KEY } from "@journeykit/core";
import { beforeAll, describe, expect, it } from "vitest";
import { EXIT, run } from "./run.js";

let dir: string;
const at = (name: string) => join(dir, name);
const exec = async (...argv: string[]) => {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr, lines: stdout.split("\n").filter(Boolean) };
};
const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** A map with a card on a stage that is gone and a card naming a persona that is gone. */
function damagedMap() {
  const map = createJourneyMap({ id: "m1", now: new Date("2026-01-01T00:00:00Z") });
  const [lane] = map.lanes;
  const [stage] = map.stages;
  map.cards = [
    { id: "c1", laneId: lane!.id, stageId: "s9", text: "Long wait at the desk" },
    { id: "c2", laneId: lane!.id, stageId: stage!.id, text: "Pays", personaId: "ghost" },
  ];
  return map;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "journeykit-repair-"));
  await writeFile(at("damaged.json"), JSON.stringify(damagedMap()));
  await writeFile(at("valid.json"), JSON.stringify(createJourneyMap()));
  await writeFile(at("not-json.json"), '{"format": "journeykit/map", "title": ');
  await writeFile(at("newer.json"), JSON.stringify({ ...createJourneyMap(), version: 99 }));
});

describe("journeykit repair", () => {
  it("lists each repair and a summary, and writes the repaired map as pretty JSON", async () => {
    const input = at("damaged.json");
    const before = await readFile(input, "utf8");
    const result = await exec("repair", input, "-o", at("repaired.json"));
    expect(result).toMatchObject({ code: EXIT.ok, stderr: "" });
    expect(result.lines).toEqual([
      `${input}: cards[0]: card "Long wait at the desk" set aside: its stage "s9" does not exist`,
      `${input}: cards[1].personaId: card "Pays": its persona "ghost" does not exist; the reference was cleared`,
      `${input}: 2 repairs (1 set aside record, 1 cleared reference); written to ${at("repaired.json")}`,
    ]);
    const written = await readFile(at("repaired.json"), "utf8");
    expect(written).toMatch(/^\{\n {2}"format"/);
    const parsed = parseJourneyMap(written);
    expect(parsed.ok && parsed.map.cards.map((c) => c.id)).toEqual(["c2"]);
    expect(parsed.ok && parsed.map.meta?.[SET_ASIDE_KEY]).toHaveLength(1);
    expect(await readFile(input, "utf8")).toBe(before);
  });

  it("says there is nothing to repair in a valid map, and still writes it", async () => {
    const result = await exec("repair", at("valid.json"), "-o", at("valid-out.json"));
    expect(result).toMatchObject({ code: EXIT.ok, stderr: "" });
    expect(result.lines).toEqual([
      `${at("valid.json")}: nothing to repair; written to ${at("valid-out.json")}`,
    ]);
    expect(await exists(at("valid-out.json"))).toBe(true);
  });

  it("lists only with --dry-run, writing nothing", async () => {
    const result = await exec("repair", at("damaged.json"), "--dry-run", "-o", at("dry.json"));
    expect(result.code).toBe(EXIT.ok);
    expect(result.lines.at(-1)).toBe(
      `${at("damaged.json")}: 2 repairs (1 set aside record, 1 cleared reference) (dry run: nothing written)`,
    );
    expect(await exists(at("dry.json"))).toBe(false);
  });

  it("repairs in place only when -o names the input", async () => {
    const input = at("in-place.json");
    await writeFile(input, JSON.stringify(damagedMap()));
    const result = await exec("repair", input, "-o", input);
    expect(result.code).toBe(EXIT.ok);
    expect(result.lines.at(-1)).toMatch(/; written over .*in-place\.json$/);
    const parsed = parseJourneyMap(await readFile(input, "utf8"));
    expect(parsed.ok).toBe(true);
  });

  it("is a usage error (exit 2) without -o or --dry-run", async () => {
    const result = await exec("repair", at("damaged.json"));
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toMatch(/^journeykit: repair writes the repaired map to -o <out>/);
  });

  it.each([
    ["not-json.json", /nothing can be saved: not valid JSON/],
    ["newer.json", /nothing can be saved: version: made by a newer journeykit/],
  ])("exits 1 with the reason when nothing in %s can be saved, writing nothing", async (name, reason) => {
    const out = at(`${name}.out.json`);
    const result = await exec("repair", at(name), "-o", out);
    expect(result.code).toBe(EXIT.invalidInput);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(reason);
    expect(await exists(out)).toBe(false);
  });

  it("exits 1 naming a file that is not there", async () => {
    const result = await exec("repair", at("missing.json"), "-o", at("x.json"));
    expect(result.code).toBe(EXIT.invalidInput);
    expect(result.stderr).toContain("missing.json: no such file");
  });
});

import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getTemplate } from "@journeykit/core";
import { toJson } from "@journeykit/export";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { EXIT, run } from "./run.js";

let dir: string;
const map = getTemplate("online-store-checkout")!.create();
map.metrics.push({ id: "wait", kind: "custom", label: "Wait (min)", value: 12.5, marginOfError: 6.3 });
const render = async (...argv: string[]) => {
  let stderr = "";
  const code = await run(["render", join(dir, "map.journey.json"), ...argv], {
    stdout: () => {},
    stderr: (t) => (stderr += t),
  });
  return { code, stderr };
};

/** The text runs of every slide of a .pptx file. */
async function slideTexts(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  const xml = await Promise.all(slides.map((name) => zip.file(name)!.async("string")));
  return xml.flatMap((part) => [...part.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!)).join("\n");
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "journeykit-locale-"));
  await writeFile(join(dir, "map.journey.json"), toJson(map));
});

describe("journeykit render --locale", () => {
  it("writes a Spanish deck and a German SVG: their own words and their numbers", async () => {
    const deck = join(dir, "recorrido.pptx");
    expect(await render("-o", deck, "--locale", "es")).toEqual({ code: EXIT.ok, stderr: "" });
    const spanish = await slideTexts(deck);
    expect(spanish).toContain(`${map.title}: curva emocional`);
    expect(spanish).toContain("Momentos en riesgo y métricas");
    expect(spanish).toContain("Wait (min) 12,5 ±6,3");
    const svg = join(dir, "karte.svg");
    expect((await render("-o", svg, "--locale", "de-AT")).code).toBe(EXIT.ok);
    const german = await readFile(svg, "utf8");
    expect(german).toContain(`aria-label="Customer Journey Map: ${map.title}"`);
    expect(german).toContain(">begeistert +3<");
    expect(german).toContain(">Gesamte Journey<");
    expect(german).toContain("Wait (min) 12,5 ±6,3");
  });

  it("writes English without --locale", async () => {
    const deck = join(dir, "journey.pptx");
    expect((await render("-o", deck)).code).toBe(EXIT.ok);
    const english = await slideTexts(deck);
    expect(english).toContain(`${map.title}: emotion curve`);
    expect(english).toContain("Wait (min) 12.5 ±6.3");
  });

  it("refuses a malformed tag, and a --locale for outputs that write no words of their own", async () => {
    const malformed = await render("-o", join(dir, "x.svg"), "--locale", "not a tag!");
    expect(malformed.code).toBe(EXIT.usage);
    expect(malformed.stderr).toMatch(/--locale.*must be a language tag such as "es"/);
    const csv = await render("-o", join(dir, "x.csv"), "--locale", "fr");
    expect(csv).toEqual({
      code: EXIT.usage,
      stderr:
        "journeykit: --locale fr does not apply to .csv: it writes the map's own words only (use it with .png, .svg, .pptx, .pdf)\n",
    });
  });
});

import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getTemplate } from "@journeykit/core";
import { buildSlides, toJson } from "@journeykit/export";
import { beforeAll, describe, expect, it } from "vitest";
import { EXIT, run } from "./run.js";

/** poppler-utils, as a person checking the PDF would use them (installed by .ci/run). */
const poppler = (tool: string, ...args: string[]) =>
  execFileSync(tool, args, { encoding: "utf8", timeout: 20_000 });

let dir: string;
const map = getTemplate("online-store-checkout")!.create();
map.stages[1]!.name = "Sign in or guest – café crème, naïve Zoë";
const render = async (...argv: string[]) => {
  let stderr = "";
  const code = await run(["render", join(dir, "map.journey.json"), ...argv], {
    stdout: () => {},
    stderr: (t) => (stderr += t),
  });
  return { code, stderr };
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "journeykit-pdf-"));
  await writeFile(join(dir, "map.journey.json"), toJson(map));
});

describe("journeykit render -o map.pdf", () => {
  it("writes an A4 PDF with the bundled font embedded and the stage names as selectable text", async () => {
    const out = join(dir, "map.pdf");
    expect((await render("-o", out)).code).toBe(EXIT.ok);
    expect((await readFile(out)).subarray(0, 5).toString()).toBe("%PDF-");
    const info = poppler("pdfinfo", out);
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(buildSlides(map, { size: "A4" }).slides.length);
    const fonts = poppler("pdffonts", out).split("\n").slice(2).filter(Boolean);
    const used = fonts.filter((line) => line.startsWith("JourneykitSans"));
    expect(used.length).toBeGreaterThanOrEqual(2);
    for (const line of used) expect(line).toMatch(/CID TrueType\s+Identity-H\s+yes/);
    const text = poppler("pdftotext", "-layout", out, "-");
    for (const stage of map.stages) expect(text).toContain(stage.name.split(" – ")[0]!);
    expect(text).toContain("café crème, naïve Zoë");
    for (const persona of map.personas) expect(text).toContain(persona.name);
  });

  it("writes US Letter with --page Letter and refuses a page size the format has not", async () => {
    const out = join(dir, "letter.pdf");
    expect((await render("-o", out, "--page", "Letter")).code).toBe(EXIT.ok);
    const info = poppler("pdfinfo", out);
    expect(info).toMatch(/Page size:\s+792 x 612 pts \(letter\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(buildSlides(map, { size: "Letter" }).slides.length);
    const refused = await render("-o", join(dir, "x.pdf"), "--page", "16:9");
    expect(refused.code).toBe(EXIT.usage);
    expect(refused.stderr).toContain("--page 16:9 does not apply to .pdf: use A4 or Letter");
  });
});

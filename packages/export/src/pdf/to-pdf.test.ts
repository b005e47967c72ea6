import { execFileSync } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getTemplate } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { measuredCurveMap } from "../../test/measured-curve-map.js";
import { buildSlides } from "../slides/build-slides.js";
import { toPdf } from "./to-pdf.js";

/** Write the PDF and read it back with poppler (installed by .ci/run), as a person checking it would. */
async function poppler(bytes: Uint8Array, tool: string, ...args: string[]) {
  const dir = await mkdtemp(join(tmpdir(), "journeykit-topdf-"));
  const file = join(dir, "map.pdf");
  await writeFile(file, bytes);
  return execFileSync(tool, [...args, file, ...(tool === "pdftotext" ? ["-"] : [])], {
    encoding: "utf8",
    timeout: 20_000,
  });
}

describe("toPdf", () => {
  const map = getTemplate("hotel-check-in-blueprint")!.create();

  it("makes one landscape page per slide of the deck, A4 by default and Letter on request", async () => {
    const a4 = await poppler(await toPdf(map), "pdfinfo");
    expect(a4).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(a4)![1])).toBe(buildSlides(map, { size: "A4" }).slides.length);
    const letter = await poppler(await toPdf(map, { size: "Letter" }), "pdfinfo");
    expect(letter).toMatch(/Page size:\s+792 x 612 pts \(letter\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(letter)![1])).toBe(
      buildSlides(map, { size: "Letter" }).slides.length,
    );
    await expect(toPdf(map, { size: "A3" as "A4" })).rejects.toThrow(RangeError);
  });

  it("writes text as text: stage names, blueprint lines and personas come back from pdftotext", async () => {
    const text = await poppler(await toPdf(map), "pdftotext");
    for (const stage of map.stages) expect(text).toContain(stage.name);
    for (const line of ["Line of interaction", "Line of visibility"]) expect(text).toContain(line);
    for (const persona of map.personas) expect(text).toContain(persona.name);
    expect(text).toContain("Moments at risk and metrics");
  });

  it("without fonts uses the viewer's Helvetica (nothing embedded) and shows characters outside Latin-1 as ?", async () => {
    const odd = structuredClone(map);
    odd.stages[0]!.name = "Ankunft – Zoë 東京";
    const pdf = await toPdf(odd);
    const fonts = await poppler(pdf, "pdffonts");
    expect(fonts).toMatch(/Helvetica\s+Type 1\s+WinAnsi\s+no/);
    expect(await poppler(pdf, "pdftotext")).toContain("Ankunft – Zoë ??");
  });

  it("refuses a font that is not TrueType, naming it", async () => {
    await expect(
      toPdf(map, { fonts: { regular: new Uint8Array([0x77, 0x4f, 0x46, 0x32, 0, 0]) } }),
    ).rejects.toThrow("fonts.regular is not a TrueType (.ttf) font");
  });
});

describe("toPdf: the measured emotion curve", () => {
  const map = getTemplate("hotel-check-in-blueprint")!.create();
  const measured = measuredCurveMap("hotel-check-in-blueprint");
  const persona = measured.personas[0]!;

  it("names the measured series in the emotion chart's legend, and only when the map has one", async () => {
    expect(await poppler(await toPdf(measured), "pdftotext")).toContain(`${persona.name} (measured)`);
    expect(await poppler(await toPdf(map), "pdftotext")).not.toContain("(measured)");
  });
});

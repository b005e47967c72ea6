import { execFileSync } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { buildSlides, renderSlideSvg, renderSvg, toPdf, toPptx } from "../src/index";
import { CONTROL, controlCharacterMap } from "./control-characters.map";

describe("control characters in the text (Word's vertical tab, NUL, form feed)", () => {
  const map = controlCharacterMap();

  it("the whole-map SVG stays well-formed, carries none of them, and a line break reads as a space", () => {
    for (const theme of ["light", "dark"] as const) {
      const svg = renderSvg(map, { theme });
      expect(XMLValidator.validate(svg)).toBe(true);
      expect(svg).not.toMatch(CONTROL);
      for (const words of ["Check-in review", "Before the stay", "Pasted from Word with", "Front desk"])
        expect(svg).toContain(words);
    }
  });

  it("every slide SVG stays well-formed and carries none of them", () => {
    const deck = buildSlides(map);
    deck.slides.forEach((_, i) => {
      const svg = renderSlideSvg(map, { preset: "16:9", slide: i + 1, deck });
      expect(XMLValidator.validate(svg), `slide ${i + 1}`).toBe(true);
      expect(svg, `slide ${i + 1}`).not.toMatch(CONTROL);
    });
  });

  it("every part of the PPTX is well-formed XML without them", async () => {
    const zip = await JSZip.loadAsync(await toPptx(map));
    const parts = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
    const all: string[] = [];
    for (const name of parts) {
      const xml = await zip.file(name)!.async("string");
      expect(XMLValidator.validate(xml), name).toBe(true);
      expect(xml, name).not.toMatch(CONTROL);
      all.push(xml);
    }
    expect(all.join("\n")).toContain("Before the stay");
  });

  it("the PDF's text has none of them and no '?' where a line break was", async () => {
    const dir = await mkdtemp(join(tmpdir(), "journeykit-control-"));
    await writeFile(join(dir, "map.pdf"), await toPdf(map));
    const text = execFileSync("pdftotext", [join(dir, "map.pdf"), "-"], {
      encoding: "utf8",
      timeout: 20_000,
    });
    // pdftotext ends each page with a form feed of its own; nothing else may be a control character.
    expect(text.replaceAll("\f", "")).not.toMatch(CONTROL);
    expect(text).toContain("Before the stay");
    expect(text).not.toContain("Before?the");
  });
});

import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getTemplate } from "@journeykit/core";
import JSZip from "jszip";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toPptx } from "../src/index";

/**
 * LibreOffice Impress as the judge of the deck, as a consultant's office suite would open it: the
 * 5-stage, 2-persona checkout map in 16:9, converted to PDF once (headless, its own profile so
 * parallel runs do not collide, at most 50 s), then read with poppler.
 */
const map = getTemplate("online-store-checkout")!.create();
let dir: string;
let pdf: string;
let slideCount: number;

const run = (tool: string, args: string[], timeout = 20_000) =>
  execFileSync(tool, args, { encoding: "utf8", timeout, maxBuffer: 64 * 2 ** 20 });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "journeykit-lo-"));
  const bytes = await toPptx(map);
  slideCount = Object.keys((await JSZip.loadAsync(bytes)).files).filter((n) =>
    /^ppt\/slides\/slide\d+\.xml$/.test(n),
  ).length;
  await writeFile(join(dir, "deck.pptx"), bytes);
  run(
    "soffice",
    [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      join(dir, "deck.pptx"),
    ],
    50_000,
  );
  pdf = join(dir, "deck.pdf");
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Words on each page with their box height in points (pdftotext -bbox), a measure of the drawn font size. */
function wordsByPage(): { text: string; height: number }[][] {
  const html = run("pdftotext", ["-bbox", pdf, "-"]);
  return html
    .split("<page ")
    .slice(1)
    .map((page) =>
      [
        ...page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map((m) => ({
        text: m[5]!,
        height: Number(m[4]) - Number(m[2]),
      })),
    );
}

describe("the PPTX opened by LibreOffice Impress", () => {
  it("opens and converts: one PDF page per slide, every page drawn (not blank)", async () => {
    expect((await readFile(pdf)).subarray(0, 5).toString()).toBe("%PDF-");
    expect(Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [pdf]))![1])).toBe(slideCount);
    run("pdftoppm", ["-r", "30", "-png", pdf, join(dir, "page")]);
    for (let i = 1; i <= slideCount; i++) {
      const png = PNG.sync.read(
        await readFile(join(dir, `page-${String(i).padStart(String(slideCount).length, "0")}.png`)),
      );
      let inked = 0;
      for (let p = 0; p < png.data.length; p += 4) if (png.data[p]! < 200 || png.data[p + 1]! < 200) inked++;
      expect(inked, `page ${i}`).toBeGreaterThan(png.width * png.height * 0.01);
    }
  });

  it("draws the text as text at 10 pt or more on every slide (LibreOffice did not shrink it to fit)", () => {
    const pages = wordsByPage();
    expect(pages).toHaveLength(slideCount);
    pages.forEach((words, i) => {
      expect(words.length, `page ${i + 1}`).toBeGreaterThan(3);
      // poppler's word box is 1.3 × the font size in Liberation Sans (Arial's metrics): 10 pt is 13 pt tall.
      const heights = words.map((w) => w.height).sort((a, b) => a - b);
      const smallest = heights[0]!;
      const word = words.find((w) => w.height === smallest)!.text;
      expect(smallest, `page ${i + 1}: "${word}"`).toBeGreaterThanOrEqual(12.9);
      // Body text: the median word is 12 pt or more (15.6 pt tall); the chart slide's axis labels are 11 pt.
      const median = heights[Math.floor(heights.length / 2)]!;
      expect(median, `page ${i + 1}: median word`).toBeGreaterThanOrEqual(14.2);
    });
    const all = pages
      .flat()
      .map((w) => w.text)
      .join(" ");
    for (const stage of map.stages) for (const word of stage.name.split(" ")) expect(all).toContain(word);
  });

  it("renders the emotion curve chart with its legend, and the stage slides", () => {
    const text = run("pdftotext", ["-layout", pdf, "-"]).split("\f");
    const chartPage = text.findIndex((page) => page.includes("emotion curve"));
    expect(chartPage).toBeGreaterThan(0);
    for (const persona of map.personas) expect(text[chartPage]).toContain(persona.name);
    expect(text[chartPage]).toMatch(/\+3/);
    expect(text.filter((page) => /stages? \d/.test(page)).length).toBeGreaterThanOrEqual(2);
  });
});

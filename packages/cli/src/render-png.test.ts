import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createJourneyMap, getTemplate, type JourneyMap, parseJourneyMap } from "@journeykit/core";
import {
  buildSlides,
  embedMapInPng,
  fromPng,
  InvalidMapError,
  PngSizeError,
  renderSvg,
} from "@journeykit/export";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { renderPng } from "./render-png.js";
import { EXIT, run } from "./run.js";

const decode = (bytes: Uint8Array) => PNG.sync.read(Buffer.from(bytes));
const distinctColours = (png: PNG) => {
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(png.data.readUInt32BE(i));
  return colours.size;
};

describe("renderPng", () => {
  it("renders slide presets at their size, not blank, with dark text pixels", async () => {
    const map = getTemplate("saas-trial")!.create();
    for (const [preset, w, h] of [
      ["16:9", 1920, 1080],
      ["4:3", 1600, 1200],
      ["A4", 1754, 1240],
    ] as const) {
      const png = decode(await renderPng(map, { preset }));
      expect([png.width, png.height]).toEqual([w, h]);
      expect(distinctColours(png)).toBeGreaterThan(8);
      let dark = 0;
      for (let i = 0; i < png.data.length; i += 4)
        if (png.data[i]! < 60 && png.data[i + 1]! < 60 && png.data[i + 2]! < 80) dark++;
      expect(dark).toBeGreaterThan(2000);
    }
  });

  it("scales the whole map and carries the map so the PNG opens again", async () => {
    const map = getTemplate("gym-onboarding")!.create();
    const bytes = await renderPng(map, { scale: 2 });
    const svgSize = /width="(\d+)" height="(\d+)"/.exec(renderSvg(map))!;
    expect(decode(bytes).width).toBeGreaterThan(Number(svgSize[1]));
    const back = fromPng(bytes);
    expect(back.ok && back.map).toEqual(map);
  });

  it("draws the dark theme on its own background, or the given one", async () => {
    const map = createJourneyMap({ title: "Night" });
    const corner = (png: PNG) => [...png.data.subarray(0, 3)];
    expect(corner(decode(await renderPng(map, { theme: "dark", preset: "16:9" })))).toEqual([
      0x15, 0x19, 0x22,
    ]);
    expect(corner(decode(await renderPng(map, { background: "#ff0000", preset: "4:3" })))).toEqual([
      255, 0, 0,
    ]);
  });

  it("keeps a see-through background see-through, in straight (not premultiplied) alpha", async () => {
    const map = createJourneyMap({ title: "Glass" });
    const png = decode(await renderPng(map, { background: "rgba(255, 0, 0, 0.5)", preset: "4:3" }));
    const [r, g, b, a] = png.data.subarray(0, 4);
    expect([r, g, b]).toEqual([255, 0, 0]);
    expect(a).toBeGreaterThan(0);
    expect(a).toBeLessThan(255);
  });

  it("replaces an earlier embedded map and reports PNGs without one", async () => {
    const plain = await renderPng(createJourneyMap({ title: "A" }), { embedMap: false });
    expect(fromPng(plain)).toEqual({
      ok: false,
      errors: [
        {
          path: "",
          message:
            "this PNG holds no journeykit map (it was not exported by journeykit, or the data was stripped)",
        },
      ],
    });
    const b = createJourneyMap({ title: "B" });
    const twice = embedMapInPng(embedMapInPng(plain, createJourneyMap({ title: "A" })), b);
    expect(fromPng(twice).ok && (fromPng(twice) as { map: JourneyMap }).map.title).toBe("B");
    expect(decode(twice).width).toBe(decode(plain).width);
  });

  it("refuses an invalid map with its path and a scale outside (0, 8]", async () => {
    const map = createJourneyMap();
    map.cards.push({ id: "c", laneId: map.lanes[0]!.id, stageId: "s9", text: "x" });
    await expect(renderPng(map)).rejects.toThrow(InvalidMapError);
    await expect(renderPng(map)).rejects.toThrow(/cards\[0\]\.stageId: no stage with id "s9"/);
    for (const scale of [0, -1, 9, Number.NaN])
      await expect(renderPng(createJourneyMap(), { scale })).rejects.toThrow(RangeError);
  });

  it("refuses a PNG over the pixel budget before rasterizing, naming the largest scale that fits", async () => {
    // 500 cards in one cell: about 1,570 × 21,000 px at scale 1 in DejaVu Sans (the report: 8416 × 252528 px at 8)
    const map = hostile("tall-map-png-budget.journey.json");
    for (const scale of [1, 8]) {
      const error = await renderPng(map, { scale }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PngSizeError);
      expect((error as PngSizeError).message).toMatch(
        /^The PNG would be \d+ × \d+ px, over the PNG pixel budget \(16,384 px per side, 268,435,456 px in all\)\. The largest scale that fits is 0\.7\d\.$/,
      );
    }
    const { maxPixelRatio } = (await renderPng(map, { scale: 8 }).catch((e: unknown) => e)) as PngSizeError;
    const png = decode(await renderPng(map, { scale: maxPixelRatio, embedMap: false }));
    expect(png.height).toBeLessThanOrEqual(16_384);
    expect(png.height).toBeGreaterThan(15_000);
    // a slide preset of the same map is small whatever the map's size
    expect(decode(await renderPng(map, { preset: "16:9", scale: 2 })).width).toBe(3840);
  });

  it("journeykit render: over the pixel budget is exit 1 with one line naming the largest --scale, and no file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "journeykit-png-budget-"));
    const input = join(dir, "tall.journey.json");
    await writeFile(input, JSON.stringify(hostile("tall-map-png-budget.journey.json")));
    let stdout = "";
    let stderr = "";
    const out = join(dir, "tall.png");
    const code = await run(["render", input, "-o", out, "--scale", "8"], {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
    });
    expect(code).toBe(EXIT.invalidInput);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      `journeykit: ${out}: the PNG would be 12560 × 168752 px, over the pixel budget; the largest --scale that fits is 0.77\n`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it("draws any slide of the deck with a preset, and --width sets the size (less work than the whole map)", async () => {
    const map = getTemplate("hotel-check-in-blueprint")!.create();
    const deck = buildSlides(map, { size: "16:9" });
    const blueprint = deck.slides.findIndex((s) => s.items.some((i) => i.name === "Line of visibility")) + 1;
    const overview = decode(await renderPng(map, { preset: "16:9", embedMap: false }));
    const stages = decode(await renderPng(map, { preset: "16:9", slide: blueprint, embedMap: false }));
    expect([stages.width, stages.height]).toEqual([1920, 1080]);
    expect(Buffer.compare(overview.data, stages.data)).not.toBe(0);
    // the dashed blueprint lines are drawn in the muted colour across the slide
    const muted = [0x5b, 0x64, 0x75];
    let mutedPixels = 0;
    for (let i = 0; i < stages.data.length; i += 4)
      if (
        Math.abs(stages.data[i]! - muted[0]!) < 8 &&
        Math.abs(stages.data[i + 1]! - muted[1]!) < 8 &&
        Math.abs(stages.data[i + 2]! - muted[2]!) < 8
      )
        mutedPixels++;
    expect(mutedPixels).toBeGreaterThan(1500);
    await expect(renderPng(map, { preset: "16:9", slide: deck.slides.length + 1 })).rejects.toThrow(
      RangeError,
    );
    const small = decode(await renderPng(map, { width: 600, embedMap: false }));
    const full = decode(await renderPng(map, { embedMap: false }));
    expect(small.width).toBe(600);
    expect(small.height).toBe(Math.round((600 / full.width) * full.height));
    await expect(renderPng(map, { width: 0 })).rejects.toThrow(RangeError);
  });

  it("journeykit render --slide needs a --preset (usage error, exit 2)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "journeykit-png-slide-"));
    const input = join(dir, "map.journey.json");
    await writeFile(input, JSON.stringify(getTemplate("gym-onboarding")!.create()));
    let stderr = "";
    const code = await run(["render", input, "-o", join(dir, "x.png"), "--slide", "2"], {
      stdout: () => {},
      stderr: (t) => (stderr += t),
    });
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain("give a --preset");
    const ok = await run(
      ["render", input, "-o", join(dir, "s.png"), "--preset", "4:3", "--slide", "2", "--width", "800"],
      { stdout: () => {}, stderr: () => {} },
    );
    expect(ok).toBe(EXIT.ok);
    expect(decode(readFileSync(join(dir, "s.png"))).width).toBe(800);
  });

  it("keeps a lone surrogate from the map out of the image text and round-trips it in the metadata", async () => {
    const map = hostile("lone-surrogate.journey.json");
    const bytes = await renderPng(map);
    const back = fromPng(bytes);
    // the chunk is JSON: a lone surrogate travels as the escape \\ud800 (ASCII), so nothing is lost
    expect(back.ok && back.map).toEqual(map);
    const start = Buffer.from(bytes).indexOf('{"format"');
    const end = Buffer.from(bytes).lastIndexOf("IEND");
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start, end - 8));
    expect(text).toContain("\\ud800");
  });
});

function hostile(name: string): JourneyMap {
  const result = parseJourneyMap(
    readFileSync(new URL(`../../core/test/hostile/${name}`, import.meta.url), "utf8"),
  );
  if (!result.ok) throw new Error(`${name} does not parse: ${result.errors[0]?.message}`);
  return result.map;
}

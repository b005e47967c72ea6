import { createJourneyMap, getTemplate, type JourneyMap } from "@journeykit/core";
import { embedMapInPng, fromPng, InvalidMapError, renderSvg } from "@journeykit/export";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { renderPng } from "./render-png.js";

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
});

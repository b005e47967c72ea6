import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { controlCharacterMap } from "../../export/test/control-characters.map.js";
import { renderPng } from "./render-png.js";

describe("renderPng with control characters in the text (Word's vertical tab, NUL, form feed)", () => {
  it("draws the whole map and a stage slide, not blank", async () => {
    const map = controlCharacterMap();
    for (const options of [{}, { preset: "16:9" as const, slide: 3 }]) {
      const png = PNG.sync.read(Buffer.from(await renderPng(map, { ...options, embedMap: false })));
      expect(png.width).toBeGreaterThan(100);
      const colours = new Set<number>();
      for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(png.data.readUInt32BE(i));
      expect(colours.size).toBeGreaterThan(8);
    }
  });
});

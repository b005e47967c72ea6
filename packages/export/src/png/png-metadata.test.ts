import { readFile } from "node:fs/promises";
import { crc32 } from "node:zlib";
import { createJourneyMap, getTemplate } from "@journeykit/core";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { toJson } from "../json/to-json.js";
import { embedMapInPng, fromPng, PNG_MAP_KEYWORD } from "./png-metadata.js";

/** A small real PNG (3×2, red) written by pngjs, as a plain Uint8Array. */
function tinyPng(): Uint8Array {
  const png = new PNG({ width: 3, height: 2 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([255, 0, 0, 255], i);
  return new Uint8Array(PNG.sync.write(png));
}

/** Every chunk: type, data, and whether its stored CRC matches an independent CRC-32 (zlib's). */
function chunkList(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const list: { type: string; data: Uint8Array; crcOk: boolean }[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = view.getUint32(at);
    const type = new TextDecoder().decode(bytes.subarray(at + 4, at + 8));
    const data = bytes.subarray(at + 8, at + 8 + length);
    list.push({
      type,
      data,
      crcOk: crc32(bytes.subarray(at + 4, at + 8 + length)) === view.getUint32(at + 8 + length),
    });
    at += 12 + length;
  }
  return list;
}

/** A chunk as bytes, with zlib's CRC. */
function rawChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}
const beforeIend = (png: Uint8Array, extra: Uint8Array) =>
  new Uint8Array([...png.subarray(0, png.length - 12), ...extra, ...png.subarray(png.length - 12)]);

describe("embedMapInPng / fromPng", () => {
  it("adds one iTXt chunk before IEND with a correct CRC, keeping the image decodable", () => {
    const map = getTemplate("coffee-shop-mobile-ordering")!.create();
    map.title = "Café ☕ — 東京";
    const png = embedMapInPng(tinyPng(), map);
    const chunks = chunkList(png);
    expect(chunks.map((c) => c.type)).toEqual([
      ...chunkList(tinyPng())
        .map((c) => c.type)
        .slice(0, -1),
      "iTXt",
      "IEND",
    ]);
    expect(chunks.every((c) => c.crcOk)).toBe(true);
    const itxt = chunks.at(-2)!.data;
    expect(new TextDecoder().decode(itxt.subarray(0, PNG_MAP_KEYWORD.length + 5))).toBe(
      `${PNG_MAP_KEYWORD}\0\0\0\0\0`,
    );
    const decoded = PNG.sync.read(Buffer.from(png)); // pngjs checks every CRC
    expect([decoded.width, decoded.height]).toEqual([3, 2]);
    const back = fromPng(png);
    expect(back.ok && back.map).toEqual(map);
  });

  it("replaces an earlier map instead of adding a second one", () => {
    const once = embedMapInPng(tinyPng(), createJourneyMap({ title: "A" }));
    const twice = embedMapInPng(once, createJourneyMap({ title: "B" }));
    expect(chunkList(twice).filter((c) => c.type === "iTXt")).toHaveLength(1);
    const back = fromPng(twice);
    expect(back.ok && back.map.title).toBe("B");
  });

  it("works on a Uint8Array view into a larger buffer", () => {
    const png = tinyPng();
    const padded = new Uint8Array(png.length + 10);
    padded.set(png, 5);
    const view = padded.subarray(5, 5 + png.length);
    const back = fromPng(embedMapInPng(view, createJourneyMap({ title: "View" })));
    expect(back.ok && back.map.title).toBe("View");
  });

  it("reads a tEXt chunk written by another tool", () => {
    const json = toJson(createJourneyMap({ title: "From tEXt" }));
    const png = beforeIend(
      tinyPng(),
      rawChunk("tEXt", new TextEncoder().encode(`${PNG_MAP_KEYWORD}\0${json}`)),
    );
    const back = fromPng(png);
    expect(back.ok && back.map.title).toBe("From tEXt");
  });

  it("names what is wrong: not a PNG, no map, damaged or compressed data, invalid JSON or map", () => {
    expect(fromPng(new TextEncoder().encode('{"format":"journeykit/map"}'))).toEqual({
      ok: false,
      errors: [{ path: "", message: "not a PNG file" }],
    });
    expect(fromPng(tinyPng())).toEqual({
      ok: false,
      errors: [
        {
          path: "",
          message:
            "this PNG holds no journeykit map (it was not exported by journeykit, or the data was stripped)",
        },
      ],
    });
    const good = embedMapInPng(tinyPng(), createJourneyMap({ title: "Damaged" }));
    const damaged = good.slice();
    const titleAt = new TextDecoder("latin1").decode(damaged).indexOf("Damaged");
    damaged[titleAt] = "X".charCodeAt(0);
    expect(fromPng(damaged)).toEqual({
      ok: false,
      errors: [
        {
          path: `iTXt "${PNG_MAP_KEYWORD}"`,
          message: "the journeykit data in this PNG is damaged (its checksum does not match)",
        },
      ],
    });
    const compressed = beforeIend(
      tinyPng(),
      rawChunk(
        "iTXt",
        new Uint8Array([...new TextEncoder().encode(PNG_MAP_KEYWORD), 0, 1, 0, 0, 0, 120, 156]),
      ),
    );
    expect(fromPng(compressed)).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining("compressed") }],
    });
    const itxt = (text: string) =>
      beforeIend(
        tinyPng(),
        rawChunk(
          "iTXt",
          new Uint8Array([
            ...new TextEncoder().encode(`${PNG_MAP_KEYWORD}\0\0\0\0\0`),
            ...new TextEncoder().encode(text),
          ]),
        ),
      );
    const badJson = fromPng(itxt('{"format":"journeykit/map",'));
    expect(badJson.ok).toBe(false);
    expect(!badJson.ok && badJson.errors[0]!.message).toMatch(/not valid JSON/);
    const map = createJourneyMap();
    map.cards.push({ id: "c", laneId: map.lanes[0]!.id, stageId: "s9", text: "x" });
    expect(fromPng(itxt(JSON.stringify(map)))).toMatchObject({
      ok: false,
      errors: [
        {
          path: "cards[0].stageId",
          message: 'no stage with id "s9"',
          at: { collection: "cards", index: 0, field: "stageId" },
        },
      ],
    });
  });

  it("refuses to embed into something that is not a complete PNG", () => {
    const map = createJourneyMap();
    expect(() => embedMapInPng(new Uint8Array([1, 2, 3]), map)).toThrow(/Not a PNG/);
    expect(() => embedMapInPng(tinyPng().subarray(0, 40), map)).toThrow(/IEND chunk is missing/);
  });

  it("says the map chunk is truncated when the file is cut off inside it", async () => {
    const cut = new Uint8Array(
      await readFile(new URL("../../test/hostile/png-truncated-map-chunk.png", import.meta.url)),
    );
    expect(fromPng(cut)).toEqual({
      ok: false,
      errors: [
        {
          path: `iTXt "${PNG_MAP_KEYWORD}"`,
          message: expect.stringMatching(
            /^the journeykit map in this PNG is truncated: its chunk holds \d+ bytes but the file ends after \d+ of them/,
          ),
        },
      ],
    });
    // Cut after the keyword's first bytes, or inside the image data: still named for what it is.
    const full = embedMapInPng(tinyPng(), createJourneyMap({ title: "Whole" }));
    const mapChunkAt = full.length - 12 - chunkList(full).at(-2)!.data.length - 12;
    expect(fromPng(full.subarray(0, mapChunkAt + 8 + 3))).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining("map in this PNG is truncated") }],
    });
    expect(fromPng(tinyPng().subarray(0, 50))).toEqual({
      ok: false,
      errors: [
        {
          path: "",
          message:
            'this PNG is truncated (the file ends inside its "IDAT" chunk) and holds no journeykit map before that point',
        },
      ],
    });
    expect(fromPng(tinyPng().subarray(0, tinyPng().length - 12))).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining("its IEND chunk is missing") }],
    });
  });

  it("reads the UTF-8 text of a tEXt chunk with our keyword (Latin-1 only when it is not UTF-8)", async () => {
    const png = new Uint8Array(
      await readFile(new URL("../../test/hostile/png-text-utf8.png", import.meta.url)),
    );
    const back = fromPng(png);
    expect(back.ok && back.map.title).toBe("Café ☕ — 東京 Ünïcödé");
    const latin1 = beforeIend(
      tinyPng(),
      rawChunk(
        "tEXt",
        new Uint8Array([
          ...new TextEncoder().encode(`${PNG_MAP_KEYWORD}\0`),
          ...Array.from(toJson(createJourneyMap({ title: "Caf\u00e9" })), (c) => c.charCodeAt(0)),
        ]),
      ),
    );
    const fromLatin1 = fromPng(latin1);
    expect(fromLatin1.ok && fromLatin1.map.title).toBe("Café");
  });
});

import { type JourneyMap, type ParseResult, parseJourneyMap } from "@journeykit/core";

/** The keyword of the iTXt chunk that carries the map (as excalidraw stores its scene in PNGs). */
export const PNG_MAP_KEYWORD = "journeykit/map";
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const isPng = (png: Uint8Array) => png.length > 8 && SIGNATURE.every((b, i) => png[i] === b);
const readUint32 = (png: Uint8Array, at: number) =>
  ((png[at]! << 24) | (png[at + 1]! << 16) | (png[at + 2]! << 8) | png[at + 3]!) >>> 0;

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typeAndData = out.subarray(4, 8 + data.length);
  typeAndData.set(new TextEncoder().encode(type), 0);
  typeAndData.set(data, 4);
  view.setUint32(8 + data.length, crc32(typeAndData));
  return out;
}

/** Walk the chunks of a PNG: type, data offset and length. */
function* chunks(png: Uint8Array): Generator<{ type: string; start: number; length: number; end: number }> {
  let at = 8;
  while (at + 12 <= png.length) {
    const length = readUint32(png, at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (end > png.length) return;
    yield { type, start: at + 8, length, end };
    at = end;
  }
}

/**
 * The PNG with the map's JSON in an uncompressed `iTXt` chunk (keyword `journeykit/map`) before
 * IEND, replacing an earlier one. Works on `Uint8Array` in browsers and Node.
 *
 * @example
 * const withMap = embedMapInPng(pngBytes, map);
 */
export function embedMapInPng(png: Uint8Array, map: JourneyMap): Uint8Array {
  if (!isPng(png)) throw new Error("Not a PNG file: the signature is missing");
  const encoder = new TextEncoder();
  const keyword = encoder.encode(PNG_MAP_KEYWORD);
  const json = encoder.encode(JSON.stringify(map));
  // keyword \0 compression-flag(0) compression-method(0) language-tag \0 translated-keyword \0 text
  const data = new Uint8Array(keyword.length + 5 + json.length);
  data.set(keyword, 0);
  data.set([0, 0, 0, 0, 0], keyword.length);
  data.set(json, keyword.length + 5);
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  for (const c of chunks(png)) {
    const raw = png.subarray(c.start - 8, c.end);
    if (c.type === "iTXt" && isOurs(png.subarray(c.start, c.start + c.length))) continue;
    if (c.type === "IEND") parts.push(chunk("iTXt", data));
    parts.push(raw);
  }
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function isOurs(data: Uint8Array): boolean {
  const keyword = new TextEncoder().encode(`${PNG_MAP_KEYWORD}\0`);
  return keyword.every((b, i) => data[i] === b);
}

/**
 * Read back the map a journeykit PNG carries. Errors name what is wrong: not a PNG, no journeykit
 * data, or the path-specific problems of the embedded map. Never throws.
 *
 * @example
 * const result = fromPng(new Uint8Array(await file.arrayBuffer()));
 */
export function fromPng(png: Uint8Array): ParseResult {
  if (!isPng(png)) return { ok: false, errors: [{ path: "", message: "not a PNG file" }] };
  for (const c of chunks(png)) {
    if (c.type !== "iTXt") continue;
    const data = png.subarray(c.start, c.start + c.length);
    if (!isOurs(data)) continue;
    const keywordLength = new TextEncoder().encode(PNG_MAP_KEYWORD).length;
    if (data[keywordLength + 1] !== 0) {
      return {
        ok: false,
        errors: [
          {
            path: "",
            message: "the journeykit data in this PNG is compressed, which this version cannot read",
          },
        ],
      };
    }
    // Skip language tag and translated keyword (both NUL-terminated).
    let at = keywordLength + 3;
    for (let nul = 0; nul < 2 && at < data.length; at++) if (data[at] === 0) nul++;
    return parseJourneyMap(new TextDecoder().decode(data.subarray(at)));
  }
  return {
    ok: false,
    errors: [
      {
        path: "",
        message:
          "this PNG holds no journeykit map (it was not exported by journeykit, or the data was stripped)",
      },
    ],
  };
}

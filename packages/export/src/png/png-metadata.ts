import { type JourneyMap, type ParseResult, parseJourneyMap } from "@journeykit/core";
import { rememberValid } from "../trusted-map.js";

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

interface Chunk {
  type: string;
  /** Where the chunk's data starts, how long it says it is, and where the chunk ends (after its CRC). */
  start: number;
  length: number;
  end: number;
  /** The file ends before this chunk does (the last one walked): cut off, or a damaged length. */
  truncated: boolean;
}

/** Walk the chunks of a PNG: type, data offset and length; a chunk the file cuts off comes last. */
function* chunks(png: Uint8Array): Generator<Chunk> {
  let at = 8;
  while (at + 8 <= png.length) {
    const length = readUint32(png, at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    yield { type, start: at + 8, length, end, truncated: end > png.length };
    if (end > png.length) return;
    at = end;
  }
}

/**
 * The PNG with the map's JSON in an uncompressed `iTXt` chunk (keyword `journeykit/map`, UTF-8,
 * CRC-32 checked) just before IEND, replacing an earlier one; every other chunk is kept as it is.
 * Works on `Uint8Array` in browsers and Node (no `Buffer`). Throws when `png` is not a complete PNG.
 *
 * @example
 * const withMap = embedMapInPng(pngBytes, map);
 */
export function embedMapInPng(png: Uint8Array, map: JourneyMap): Uint8Array<ArrayBuffer> {
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
  let ended = false;
  for (const c of chunks(png)) {
    if (c.truncated) break;
    const raw = png.subarray(c.start - 8, c.end);
    if (isMapChunk(c.type, png.subarray(c.start, c.start + c.length))) continue;
    if (c.type === "IEND") {
      parts.push(chunk("iTXt", data));
      ended = true;
    }
    parts.push(raw);
    if (ended) break;
  }
  if (!ended) throw new Error("Not a complete PNG file: its IEND chunk is missing (truncated?)");
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

const KEYWORD_BYTES = new TextEncoder().encode(`${PNG_MAP_KEYWORD}\0`);
const TEXT_CHUNKS = new Set(["iTXt", "tEXt", "zTXt"]);
/** A text chunk (iTXt, tEXt or zTXt) with the journeykit keyword. */
const isMapChunk = (type: string, data: Uint8Array) =>
  TEXT_CHUNKS.has(type) && KEYWORD_BYTES.every((b, i) => data[i] === b);
/** A text chunk cut off by the end of the file whose bytes so far are (the start of) the journeykit keyword. */
const mayBeMapChunk = (type: string, data: Uint8Array) =>
  TEXT_CHUNKS.has(type) &&
  data.length > 0 &&
  data.every((b, i) => i >= KEYWORD_BYTES.length || b === KEYWORD_BYTES[i]);
/**
 * Our own keyword's tEXt payload is UTF-8 (journeykit and the tools that copy its chunk write it so);
 * the PNG standard's Latin-1 is the fallback for bytes that are not valid UTF-8.
 */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("latin1").decode(bytes);
  }
}
const failure = (message: string, path = ""): ParseResult => ({ ok: false, errors: [{ path, message }] });

/**
 * Read back the map a journeykit PNG carries (an `iTXt` chunk, or a `tEXt` one written by other
 * tools, with keyword `journeykit/map`; its text is read as UTF-8, Latin-1 only when it is not valid
 * UTF-8). Errors name what is wrong: not a PNG, no journeykit data, a truncated file, a map chunk
 * that is truncated, damaged or compressed (path `iTXt "journeykit/map"`), or the path-specific
 * problems of the embedded JSON (`not valid JSON…`, `cards[3].stageId: …`). Never throws.
 *
 * @example
 * const result = fromPng(new Uint8Array(await file.arrayBuffer()));
 */
export function fromPng(png: Uint8Array): ParseResult {
  if (!isPng(png)) return failure("not a PNG file");
  const keywordLength = KEYWORD_BYTES.length - 1;
  let ended = false;
  for (const c of chunks(png)) {
    const data = png.subarray(c.start, c.start + c.length);
    if (c.truncated) {
      if (mayBeMapChunk(c.type, data))
        return failure(
          `the journeykit map in this PNG is truncated: its chunk holds ${c.length} bytes but the file ends after ${png.length - c.start} of them (the file was cut off or damaged)`,
          `${c.type} "${PNG_MAP_KEYWORD}"`,
        );
      return failure(
        `this PNG is truncated (the file ends inside its ${JSON.stringify(c.type)} chunk) and holds no journeykit map before that point`,
      );
    }
    if (c.type === "IEND") ended = true;
    if (!isMapChunk(c.type, data)) continue;
    const where = `${c.type} "${PNG_MAP_KEYWORD}"`;
    if (crc32(png.subarray(c.start - 4, c.start + c.length)) !== readUint32(png, c.start + c.length))
      return failure("the journeykit data in this PNG is damaged (its checksum does not match)", where);
    if (c.type === "zTXt" || (c.type === "iTXt" && data[keywordLength + 1] !== 0))
      return failure("the journeykit data in this PNG is compressed, which this version cannot read", where);
    if (c.type === "tEXt")
      return rememberValid(parseJourneyMap(decodeText(data.subarray(keywordLength + 1))));
    // iTXt: skip compression flag and method, then language tag and translated keyword (NUL-terminated).
    let at = keywordLength + 3;
    for (let nul = 0; nul < 2 && at < data.length; at++) if (data[at] === 0) nul++;
    return rememberValid(parseJourneyMap(new TextDecoder().decode(data.subarray(at))));
  }
  if (!ended)
    return failure(
      "this PNG is truncated (its IEND chunk is missing) and holds no journeykit map before that point",
    );
  return failure(
    "this PNG holds no journeykit map (it was not exported by journeykit, or the data was stripped)",
  );
}

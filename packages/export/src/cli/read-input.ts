import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import type { ParseResult } from "@journeykit/core";
import { fromCsv } from "../csv/from-csv.js";
import { fromJson } from "../json/to-json.js";
import { fromMermaid } from "../mermaid/from-mermaid.js";
import { fromPng } from "../png/png-metadata.js";

/** Largest input file the CLI reads. */
export const MAX_INPUT_BYTES = 25 * 1024 * 1024;

/** The formats the CLI reads. */
export type InputFormat = "json" | "png" | "mermaid" | "csv";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

/**
 * Which reader a file needs: by extension (`.png`, `.csv`, `.md`/`.mmd`, anything else JSON), and by
 * content when the extension says nothing (`.txt`, no extension): PNG signature, a JSON object, a
 * Mermaid journey, or a CSV header with a `text` or `name,channel` column.
 */
export function detectFormat(path: string, bytes: Uint8Array): InputFormat {
  const ext = extname(path).toLowerCase();
  if (ext === ".png") return "png";
  if (ext === ".csv") return "csv";
  if (ext === ".md" || ext === ".mmd" || ext === ".mermaid") return "mermaid";
  if (ext === ".json") return "json";
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return "png";
  const head = new TextDecoder().decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, "");
  if (/^\s*[{[]/.test(head)) return "json";
  if (/^\s*journey\s*$/m.test(head) || /^\s*(```|~~~)\s*mermaid/m.test(head)) return "mermaid";
  const header = head
    .split(/\r?\n/, 1)[0]!
    .split(",")
    .map((c) => c.trim().replace(/^"|"$/g, ""));
  if (header.includes("text") || (header.includes("name") && header.includes("channel"))) return "csv";
  return "json";
}

/** Read a map from a .journey.json, a journeykit PNG, a Mermaid .md/.mmd or a cards/touchpoints CSV. */
export async function readInput(path: string): Promise<ParseResult> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return { ok: false, errors: [{ path: "", message: "no such file" }] };
  if (!info.isFile()) return { ok: false, errors: [{ path: "", message: "not a file" }] };
  if (info.size > MAX_INPUT_BYTES)
    return {
      ok: false,
      errors: [{ path: "", message: `file is ${info.size} bytes; the limit is ${MAX_INPUT_BYTES}` }],
    };
  const bytes = new Uint8Array(await readFile(path));
  const format = detectFormat(path, bytes);
  if (format === "png") return fromPng(bytes);
  const text = new TextDecoder().decode(bytes);
  if (format === "csv") return fromCsv(text);
  if (format === "mermaid") return fromMermaid(text);
  return fromJson(text);
}

import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import type { ParseResult } from "@journeykit/core";
import { fromCsv, fromJson, fromMermaid, fromPng } from "@journeykit/export";

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

/** The input file itself could not be read (missing, a folder, too large, no permission): one reason, naming it. */
export class UnreadableInputError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "UnreadableInputError";
  }
}

function readFailure(path: string, error: unknown): UnreadableInputError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === "ENOENT" || code === "ENOTDIR"
      ? "no such file"
      : code === "EACCES" || code === "EPERM"
        ? "permission denied"
        : (error as Error).message;
  return new UnreadableInputError(path, reason);
}

/**
 * The bytes of an input file, refusing what is not a file or is over `MAX_INPUT_BYTES`; rejects with
 * an `UnreadableInputError` naming the file and the reason.
 *
 * @example
 * const text = new TextDecoder().decode(await readInputBytes("map.journey.json"));
 */
export async function readInputBytes(path: string): Promise<Uint8Array> {
  const info = await stat(path).catch((error: unknown) => {
    throw readFailure(path, error);
  });
  if (!info.isFile()) throw new UnreadableInputError(path, "not a file");
  if (info.size > MAX_INPUT_BYTES)
    throw new UnreadableInputError(path, `file is ${info.size} bytes; the limit is ${MAX_INPUT_BYTES}`);
  return new Uint8Array(
    await readFile(path).catch((error: unknown) => {
      throw readFailure(path, error);
    }),
  );
}

/**
 * Read a map from a .journey.json, a journeykit PNG, a Mermaid .md/.mmd or a cards/touchpoints CSV.
 * Resolves to the parse result (every problem of the content, with paths); rejects with an
 * `UnreadableInputError` when the file itself cannot be read.
 *
 * @example
 * const result = await readInput("map.journey.json");
 */
export async function readInput(path: string): Promise<ParseResult> {
  const bytes = await readInputBytes(path);
  const format = detectFormat(path, bytes);
  if (format === "png") return fromPng(bytes);
  const text = new TextDecoder().decode(bytes);
  if (format === "csv") return fromCsv(text);
  if (format === "mermaid") return fromMermaid(text);
  return fromJson(text);
}

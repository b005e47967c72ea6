import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import type { ParseResult } from "@journeykit/core";
import { fromCsv } from "../csv/from-csv";
import { fromJson } from "../json/to-json";
import { fromMermaid } from "../mermaid/from-mermaid";
import { fromPng } from "../png/png-metadata";

/** Largest input file the CLI reads. */
export const MAX_INPUT_BYTES = 25 * 1024 * 1024;

/** Read a map from a .journey.json, a journeykit PNG, a Mermaid .md/.mmd or a cards CSV. */
export async function readInput(path: string): Promise<ParseResult> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return { ok: false, errors: [{ path: "", message: "no such file" }] };
  if (info.size > MAX_INPUT_BYTES)
    return {
      ok: false,
      errors: [{ path: "", message: `file is ${info.size} bytes; the limit is ${MAX_INPUT_BYTES}` }],
    };
  const ext = extname(path).toLowerCase();
  if (ext === ".png") return fromPng(new Uint8Array(await readFile(path)));
  const text = await readFile(path, "utf8");
  if (ext === ".csv") return fromCsv(text);
  if (ext === ".md" || ext === ".mmd") return fromMermaid(text);
  return fromJson(text);
}

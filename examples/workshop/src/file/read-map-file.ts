import { formatNumber, type JourneyMap } from "@journeykit/core";
import { fromCsv, fromJson, fromMermaid, fromPng } from "@journeykit/export";
import { englishText, type WorkshopText } from "../i18n/workshop-catalogue";

/** The outcome of opening a file: a map, or the errors that say what is wrong and where. */
export type OpenResult =
  | { ok: true; map: JourneyMap; warnings: string[]; format: string }
  | {
      ok: false;
      errors: string[];
      format: string;
      /** The map's JSON text, when the file is one that a repair may still save. */
      source?: string;
    };

/** Largest file the app opens (the parser has its own, stricter limits on JSON). */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

type Issue = { path: string; message: string };
const lines = (issues: readonly Issue[]) =>
  issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));

/**
 * Read a `.journey.json`, a PNG exported by journeykit (the map travels in a metadata chunk), a
 * Mermaid `journey` diagram (`.md`, `.mmd`) or a CSV of cards. Never throws. The app's own words
 * (a file too large) are in `text`'s language; a parser's messages name paths and stay as written.
 */
export async function readMapFile(
  file: File,
  { t, locale }: WorkshopText = englishText,
): Promise<OpenResult> {
  const name = file.name.toLowerCase();
  if (file.size > MAX_FILE_BYTES) {
    const size = formatNumber(file.size / 1048576, { locale, digits: 1, fixed: true });
    return { ok: false, format: "file", errors: [t("openError.tooBig", { file: file.name, size })] };
  }
  try {
    if (name.endsWith(".png") || file.type === "image/png") {
      const result = fromPng(new Uint8Array(await file.arrayBuffer()));
      return result.ok
        ? { ok: true, format: "PNG", map: result.map, warnings: lines(result.warnings) }
        : { ok: false, format: "PNG", errors: lines(result.errors) };
    }
    const text = await file.text();
    if (name.endsWith(".csv")) {
      const result = fromCsv(text);
      return result.ok
        ? { ok: true, format: "CSV", map: result.map, warnings: lines(result.warnings) }
        : { ok: false, format: "CSV", errors: lines(result.errors) };
    }
    if (name.endsWith(".md") || name.endsWith(".mmd") || /^\s*(```mermaid\s*)?journey\b/.test(text)) {
      const result = fromMermaid(text);
      return result.ok
        ? { ok: true, format: "Mermaid", map: result.map, warnings: lines(result.warnings) }
        : { ok: false, format: "Mermaid", errors: lines(result.errors) };
    }
    const result = fromJson(text);
    return result.ok
      ? { ok: true, format: "JSON", map: result.map, warnings: lines(result.warnings) }
      : { ok: false, format: "JSON", errors: lines(result.errors), source: text };
  } catch (error) {
    return { ok: false, format: "file", errors: [error instanceof Error ? error.message : String(error)] };
  }
}

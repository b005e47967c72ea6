import { formatIssue, type JourneyMap, type ParseResult, parseJourneyMap } from "@journeykit/core";

/**
 * Thrown by exporters when their input is not a valid journey map; `issues` lists every problem with
 * its path, the message names the first three.
 *
 * @example
 * try { renderSvg(map) } catch (error) { if (error instanceof InvalidMapError) show(error.issues) }
 */
export class InvalidMapError extends Error {
  constructor(readonly issues: { path: string; message: string }[]) {
    super(
      `Not a valid journey map: ${issues.slice(0, 3).map(formatIssue).join("; ")}${issues.length > 3 ? ` (and ${issues.length - 3} more)` : ""}`,
    );
    this.name = "InvalidMapError";
  }
}

/**
 * The maps export's own validation produced: the copies `parseJourneyMap` made for `trustedMap` and
 * the importers (`fromJson`, `fromPng`, `fromCsv`, `fromMermaid`). Nobody else held them before, so
 * one given back is the valid map it was, unless changed in place since (maps are changed through
 * core's operations, which return new objects).
 */
const validMaps = new WeakSet<object>();

/**
 * `result`, its map remembered as valid: an export of it later validates nothing again.
 *
 * @example
 * return rememberValid(parseJourneyMap(text));
 */
export function rememberValid(result: ParseResult): ParseResult {
  if (result.ok) validMaps.add(result.map);
  return result;
}

/**
 * Export never trusts its input: every exporter runs the map through `parseJourneyMap` first.
 * Returns the validated copy, or throws `InvalidMapError` naming where it is wrong. A map export's
 * own validation returned (this function's copy, an importer's map, a deck's map) is returned as it
 * is, so one export, or an import then an export, validates once (a 10,000-card map takes most of a
 * second); don't change such a map in place and export it again.
 *
 * @example
 * const valid = trustedMap(untrustedJson); // throws InvalidMapError: "Not a valid journey map: cards[0].stageId: ..."
 */
export function trustedMap(map: unknown): JourneyMap {
  if (typeof map === "object" && map !== null && validMaps.has(map)) return map as JourneyMap;
  const result = rememberValid(parseJourneyMap(map));
  if (!result.ok) throw new InvalidMapError(result.errors);
  return result.map;
}

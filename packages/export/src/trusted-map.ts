import { formatIssue, type JourneyMap, parseJourneyMap } from "@journeykit/core";

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
 * Export never trusts its input: every exporter runs the map through `parseJourneyMap` first.
 * Returns the validated copy, or throws `InvalidMapError` naming where it is wrong.
 *
 * @example
 * const valid = trustedMap(untrustedJson); // throws InvalidMapError: "Not a valid journey map: cards[0].stageId: ..."
 */
export function trustedMap(map: unknown): JourneyMap {
  const result = parseJourneyMap(map);
  if (!result.ok) throw new InvalidMapError(result.errors);
  return result.map;
}

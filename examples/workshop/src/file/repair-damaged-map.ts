import { type JourneyMap, MapRepairError, type Repair, repairJourneyMap } from "@journeykit/core";

/** A damaged map repaired (`map`, each of its `repairs`), or why nothing in it can be saved. */
export type RepairedMap = { ok: true; map: JourneyMap; repairs: Repair[] } | { ok: false; reasons: string[] };

/**
 * Repair a map that failed validation, given as JSON text or a stored value (core's
 * `repairJourneyMap`: every text people wrote is kept, what cannot stay in place is set aside in the
 * map's meta). Never throws: one that is not JSON, not a journey map, or of a newer
 * format gives the reasons, each naming where.
 *
 * @example
 * const repaired = repairDamagedMap(await file.text());
 * if (repaired.ok) open(repaired.map);
 */
export function repairDamagedMap(source: unknown): RepairedMap {
  try {
    return { ok: true, ...repairJourneyMap(source) };
  } catch (error) {
    if (!(error instanceof MapRepairError)) {
      // A fault in the repair itself: the map stays as it was, and the person is told why.
      console.error("journeykit workshop: the repair failed", error);
      return { ok: false, reasons: [error instanceof Error ? error.message : String(error)] };
    }
    const reasons = error.issues.map((issue) =>
      issue.path ? `${issue.path}: ${issue.message}` : issue.message,
    );
    return { ok: false, reasons: reasons.length > 0 ? reasons : [error.message] };
  }
}

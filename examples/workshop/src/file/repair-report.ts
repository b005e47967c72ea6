/** One repair as the report lists it: what was done, where, and the sentence that says so. */
export interface ReportedRepair {
  /** Where in the file (`cards[3].stageId`). */
  path: string;
  /** What kind of repair (`cleared reference`, `set aside record`…): the report groups by it. */
  action: string;
  /** The sentence saying what was repaired and why (core's words, in English). */
  message: string;
}

/** A record that could not stay in place: kept in the map's `meta`, saved with it. */
export interface SetAsideSummary {
  /** The record list it came from (`cards`). */
  collection: string;
  /** The text people wrote in it (a card's text, a stage's name), in field order. */
  texts: string[];
  /** Why it was set aside. */
  reason: string;
}

/** What the person sees after opening a damaged file repaired: each repair and what was set aside. */
export interface RepairReport {
  /** Where the damaged map came from: a file being opened, or a map stored in this browser. */
  origin: "file" | "stored";
  /** The file's name, or the stored map's title. */
  name: string;
  repairs: readonly ReportedRepair[];
  setAside: readonly SetAsideSummary[];
}

/** Repairs grouped by action, groups in the order their first repair comes, repairs in file order. */
export function groupRepairs(
  repairs: readonly ReportedRepair[],
): { action: string; repairs: ReportedRepair[] }[] {
  const groups = new Map<string, ReportedRepair[]>();
  for (const repair of repairs) {
    const group = groups.get(repair.action);
    if (group) group.push(repair);
    else groups.set(repair.action, [repair]);
  }
  return [...groups].map(([action, list]) => ({ action, repairs: list }));
}

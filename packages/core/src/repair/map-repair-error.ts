import { formatIssue, type Issue } from "../parse/issue.js";

/**
 * Thrown by `repairJourneyMap` when nothing can be saved: the input is not JSON, not an object, not a
 * journeykit map at all, made by a newer journeykit than this build reads, or beyond the format's
 * limits. `issues` says why, each with its path.
 *
 * @example
 * try {
 *   repairJourneyMap(text);
 * } catch (error) {
 *   if (error instanceof MapRepairError) console.log(error.issues[0]?.message); // "not valid JSON: …"
 * }
 */
export class MapRepairError extends Error {
  readonly issues: Issue[];

  constructor(issues: Issue[]) {
    const first = issues[0];
    super(`the map cannot be repaired: ${first ? formatIssue(first) : "nothing in it can be read"}`);
    this.name = "MapRepairError";
    this.issues = issues;
  }
}

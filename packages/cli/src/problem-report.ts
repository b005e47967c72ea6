import { formatIssue, type Issue } from "@journeykit/core";

/** How many problems `validate` prints before summarizing the rest. */
export const MAX_LISTED_PROBLEMS = 50;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * The lines `journeykit validate` prints for an invalid file: one `file: path: message` line per
 * problem, at most `max` of them, then `file: … and N more` for the rest and a `file: N problems`
 * total. A single problem is just its one line. `total` counts problems the parser found but did not
 * list (it lists at most 200).
 *
 * @example
 * problemReport("map.json", errors, errors.length).join("\n");
 * // map.json: title: expected string, got 5
 * // map.json: cards[0].stageId: no stage with id "s9"
 * // map.json: 2 problems
 */
export function problemReport(
  file: string,
  problems: readonly Issue[],
  total = problems.length,
  max = MAX_LISTED_PROBLEMS,
): string[] {
  const lines = problems.slice(0, max).map((problem) => `${file}: ${formatIssue(problem)}`);
  if (total === 1 && lines.length === 1) return lines;
  const shown = lines.length;
  if (total > shown) lines.push(`${file}: … and ${total - shown} more`);
  lines.push(`${file}: ${plural(total, "problem")}`);
  return lines;
}

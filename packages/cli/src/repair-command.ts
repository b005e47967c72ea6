import { resolve } from "node:path";
import { formatIssue, MapRepairError, type Repair, repairJourneyMap } from "@journeykit/core";
import { toJson } from "@journeykit/export";
import { detectFormat, readInputBytes } from "./read-input.js";
import { writeAtomic } from "./write-atomic.js";

/** The options of `journeykit repair`. */
export interface RepairOptions {
  /** Where the repaired map is written (pretty JSON); required unless `dryRun`. */
  out?: string;
  /** List the repairs only; write nothing. */
  dryRun?: boolean;
}

/** The command was called wrongly (exit 2). */
export class RepairUsageError extends Error {}

/** Nothing in the file can be saved (exit 1): the reason, naming the file. */
export class RepairRefusedError extends Error {}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** `12 repairs (6 set aside record, 2 cleared reference)`: how many of each action, in the order first made. */
function summary(repairs: readonly Repair[]): string {
  const counts = new Map<string, number>();
  for (const { action } of repairs) counts.set(action, (counts.get(action) ?? 0) + 1);
  const kinds = [...counts].map(([action, n]) => `${n} ${action}`).join(", ");
  return `${plural(repairs.length, "repair")} (${kinds})`;
}

/** The repaired map of `file`, or a `RepairRefusedError` saying why nothing can be saved. */
async function repairFile(file: string) {
  const bytes = await readInputBytes(file);
  const format = detectFormat(file, bytes);
  if (format !== "json")
    throw new RepairRefusedError(
      `${file}: repair reads journeykit JSON files; this is ${format.toUpperCase()}`,
    );
  try {
    return repairJourneyMap(new TextDecoder().decode(bytes));
  } catch (error) {
    if (!(error instanceof MapRepairError)) throw error;
    const first = error.issues[0];
    throw new RepairRefusedError(
      `${file}: nothing can be saved: ${first ? formatIssue(first) : error.message}`,
    );
  }
}

/**
 * `journeykit repair <file> -o <out>`: open a damaged map as `repairJourneyMap` does and write the
 * repaired map (pretty JSON, atomically) to `out`, which may name the input itself to repair it in
 * place; with `dryRun`, only list. Returns the lines to print: one per repair (`file: path: message`),
 * then a summary. Throws a `RepairUsageError` when neither `out` nor `dryRun` is given, a
 * `RepairRefusedError` when nothing can be saved.
 *
 * @example
 * for (const line of await runRepair("map.json", { out: "map.repaired.json" })) console.log(line);
 * // map.json: cards[3]: card "Long wait" set aside: its stage "s9" does not exist
 * // map.json: 1 repair (1 set aside record); written to map.repaired.json
 */
export async function runRepair(file: string, options: RepairOptions): Promise<string[]> {
  const { out, dryRun = false } = options;
  if (out === undefined && !dryRun)
    throw new RepairUsageError(
      "repair writes the repaired map to -o <out> (or give --dry-run to list the repairs only)",
    );
  const { map, repairs } = await repairFile(file);
  const lines = repairs.map((repair) => `${file}: ${repair.path ? `${repair.path}: ` : ""}${repair.message}`);
  const what = repairs.length === 0 ? "nothing to repair" : summary(repairs);
  if (dryRun || out === undefined) return [...lines, `${file}: ${what} (dry run: nothing written)`];
  await writeAtomic(out, toJson(map));
  const where = resolve(out) === resolve(file) ? `written over ${file}` : `written to ${out}`;
  return [...lines, `${file}: ${what}; ${where}`];
}

import { createId, type Source } from "@journeykit/core";
import type { ColumnAssignment } from "../columns/column-mapping.js";
import type { PlacementSummary } from "../mentions/placement-summary.js";
import { savedMapping, savedRules } from "../mentions/saved-placement.js";
import type { EvidenceTable } from "../table/evidence-table.js";
import type { AnalyzeOptions } from "./analyze-options.js";
import type { PlacedRow } from "./place-rows.js";

/**
 * The `Source` an import adds to the map: its name and kind, when it was imported, the rows' period,
 * and how the rows were read (mapping and placement rules, saved for the next import of the same kind
 * of file). `importDate` is the date of series points when rows carry no date: the last row's, else today.
 */
export function importSource(
  table: EvidenceTable,
  columns: ColumnAssignment[],
  placed: { rows: PlacedRow[]; placement: PlacementSummary },
  options: AnalyzeOptions,
  now: Date,
): { source: Source; importDate: string } {
  const dates = placed.rows
    .map((r) => r.date)
    .filter((d): d is string => d !== undefined)
    .sort();
  const source = {
    id: createId("src"),
    kind: options.sourceKind ?? (table.shape === "reviews" ? "reviews" : "survey"),
    name: (options.sourceName ?? "Survey import").slice(0, 500),
    importedAt: now.toISOString(),
    rowCount: table.rows.length,
    ...(dates.length > 0 ? { period: { from: dates[0]!, to: dates.at(-1)! } } : {}),
    // How the rows were read, saved with the source for the next import of the same kind of file.
    mapping: savedMapping(columns, table.headers),
    ...(placed.placement.rules.length > 0 ? { rules: savedRules(placed.placement.rules) } : {}),
  } satisfies Source;
  return { source, importDate: dates.at(-1) ?? now.toISOString().slice(0, 10) };
}

import type { EvidenceAnalysis, SuggestedPainPoint } from "@journeykit/evidence";

/**
 * What identifies a suggested pain point across analyses of the same import (the stage and the theme),
 * so a tick survives the rows being placed again.
 *
 * @example
 * painPointKey({ stageId: "wait", theme: { term: "waiting room" } }); // "wait/waiting room"
 */
export const painPointKey = (p: Pick<SuggestedPainPoint, "stageId"> & { theme: { term: string } }): string =>
  `${p.stageId}/${p.theme.term}`;

/**
 * The analysis to apply: only the suggested pain points the consultant ticked (none by default), the
 * rest of the import as previewed.
 *
 * @example
 * applyOperation(map, applyEvidence, withChosenPainPoints(analysis, new Set(["wait/waiting room"])));
 */
export function withChosenPainPoints(
  analysis: EvidenceAnalysis,
  chosen: ReadonlySet<string>,
): EvidenceAnalysis {
  return { ...analysis, painPoints: analysis.painPoints.filter((p) => chosen.has(painPointKey(p))) };
}

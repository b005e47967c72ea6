import { type JourneyMap, LIMITS, type Source, type SourceMapping, type SourceRule } from "@journeykit/core";
import type { ColumnAssignment, ColumnMapping } from "../columns/column-mapping.js";
import type { MentionRule } from "./mention-rules.js";

/**
 * The mapping as the map keeps it with its source (`Source.mapping`): each column's index, header,
 * role, scale and tie to a stage or touchpoint; the detection's confidence and reason are not kept.
 *
 * @example
 * savedMapping(mapping.columns, table.headers); // { columns: [{ index: 0, header: "Score", role: "nps", scale }] }
 */
export function savedMapping(
  columns: readonly ColumnAssignment[],
  headers: readonly string[],
): SourceMapping {
  return {
    // The format keeps at most 1,000 columns (LIMITS.maxListLength): the first ones of a wider table.
    columns: columns.slice(0, LIMITS.maxListLength).map((c) => {
      const header = (headers[c.index] ?? c.header ?? "").slice(0, 500);
      return {
        index: c.index,
        ...(header ? { header } : {}),
        role: c.role,
        ...(c.scale ? { scale: { min: c.scale.min, max: c.scale.max } } : {}),
        ...(c.stageId !== undefined ? { stageId: c.stageId } : {}),
        ...(c.touchpointId !== undefined ? { touchpointId: c.touchpointId } : {}),
      };
    }),
  };
}

/**
 * The rules as the map keeps them with its source (`Source.rules`), within the format's limits: at
 * most 1,000 rules of 1,000 keywords, each keyword at most 500 characters.
 *
 * @example
 * savedRules([{ stageId: "pay", keywords: ["bill"] }]); // the same, copied
 */
export function savedRules(rules: readonly MentionRule[]): SourceRule[] {
  return rules.slice(0, LIMITS.maxListLength).map((r) => ({
    stageId: r.stageId,
    ...(r.touchpointId !== undefined ? { touchpointId: r.touchpointId } : {}),
    keywords: r.keywords.slice(0, LIMITS.maxListLength).map((k) => k.slice(0, LIMITS.maxNameLength)),
  }));
}

/** How an earlier import of the same kind of file was read, ready to reuse. */
export interface PreviousPlacement {
  /** The source it was saved with: name it to the person ("using the placement from …"). */
  source: Source;
  /** Its column mapping, on this table's column positions. */
  mapping: ColumnMapping;
  /** Its rules, those naming a stage or touchpoint the map no longer has left out (absent when it had none). */
  rules?: MentionRule[];
}

const sameHeader = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The placement of the map's latest source (by `importedAt`) read from the same kind of file: every
 * header of the saved mapping is a header of this table, and this table has no header more (case and
 * surrounding spaces ignored; columns may have moved). Its mapping is returned on this table's column
 * positions, with "reused from <source>" as each column's reason; stage and touchpoint ids the map no
 * longer has are dropped. `undefined` when no source fits: detect the columns as usual.
 *
 * @example
 * const previous = previousPlacement(map, table.headers);
 * const mapping = previous?.mapping ?? detectColumns(table, map);
 * analyzeEvidence(map, table, mapping, { rules: previous?.rules });
 */
export function previousPlacement(
  map: JourneyMap,
  headers: readonly string[],
): PreviousPlacement | undefined {
  const stages = new Set(map.stages.map((s) => s.id));
  const touchpoints = new Map(map.touchpoints.map((t) => [t.id, t.stageId] as const));
  const named = headers.slice(0, LIMITS.maxListLength).filter((h) => h.trim() !== "");
  const latest = [...map.sources]
    .filter((s) => s.mapping !== undefined && s.mapping.columns.length > 0)
    .sort((a, b) => Date.parse(b.importedAt) - Date.parse(a.importedAt));
  for (const source of latest) {
    const saved = source.mapping!.columns;
    const savedHeaders = saved.map((c) => c.header ?? "").filter((h) => h.trim() !== "");
    if (savedHeaders.length !== named.length) continue;
    if (!named.every((h) => savedHeaders.some((s) => sameHeader(s, h)))) continue;
    const used = new Set<number>();
    const columns: ColumnAssignment[] = [];
    for (const c of saved) {
      const index = headers.findIndex((h, i) => !used.has(i) && sameHeader(h, c.header ?? ""));
      if (index < 0) continue;
      used.add(index);
      const column: ColumnAssignment = {
        index,
        header: headers[index]!,
        role: c.role,
        confidence: 1,
        reason: `reused from ${source.name}`,
      };
      if (c.scale) column.scale = { ...c.scale };
      if (c.stageId !== undefined && stages.has(c.stageId)) {
        column.stageId = c.stageId;
        if (c.touchpointId !== undefined && touchpoints.get(c.touchpointId) === c.stageId)
          column.touchpointId = c.touchpointId;
      }
      columns.push(column);
    }
    const rules = source.rules
      ?.filter((r) => stages.has(r.stageId))
      .map((r) => ({
        stageId: r.stageId,
        ...(r.touchpointId !== undefined && touchpoints.get(r.touchpointId) === r.stageId
          ? { touchpointId: r.touchpointId }
          : {}),
        keywords: [...r.keywords],
      }));
    return { source, mapping: { columns }, ...(rules ? { rules } : {}) };
  }
  return undefined;
}

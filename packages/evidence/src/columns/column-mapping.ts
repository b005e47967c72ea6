import { SOURCE_COLUMN_ROLES, type SourceColumnRole } from "@journeykit/core";
import type { PersonalData } from "../privacy/personal-data.js";

/** What a column of a survey table holds (the format keeps it with the source: one list, in core). */
export type ColumnRole = SourceColumnRole;

/** Every column role. */
export const COLUMN_ROLES: readonly ColumnRole[] = SOURCE_COLUMN_ROLES;

/** The answer scale of a rating column, e.g. 1..5. */
export interface AnswerScale {
  min: number;
  max: number;
}

/** One column's role, as detected or as the user set it. */
export interface ColumnAssignment {
  /** Column index in the table. */
  index: number;
  /** The column's header (informative; `index` decides). */
  header?: string;
  role: ColumnRole;
  /** For rating columns: the answer scale (NPS 0..10, CSAT 1..5, CES 1..7, stars 1..5 by default). */
  scale?: AnswerScale;
  /** A rating column about one stage ("How satisfied were you with ordering?"). */
  stageId?: string;
  /** A rating column about one touchpoint. */
  touchpointId?: string;
  /** How sure the detection is, 0..1 (1 when the user set it). */
  confidence?: number;
  /** Why the detection chose this role, in words a person can check. */
  reason?: string;
  /** The personal data the column holds (role "ignore"): never read as text, masked on screen. */
  personal?: PersonalData;
}

/** The role of every column: what `detectColumns` proposes and the user may correct. */
export interface ColumnMapping {
  columns: ColumnAssignment[];
}

/** The usual scale of each rating role. */
export const DEFAULT_SCALES: Record<"nps" | "csat" | "ces" | "stars", AnswerScale> = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
  stars: { min: 1, max: 5 },
};

/** Whether a role is a rating (a number on a scale). */
export const isRatingRole = (role: ColumnRole): role is "nps" | "csat" | "ces" | "stars" =>
  role === "nps" || role === "csat" || role === "ces" || role === "stars";

/** A correction of the mapping: a column named by index or by its exact header, and what to change. */
export type ColumnCorrection = Partial<Omit<ColumnAssignment, "index" | "header">> & {
  index?: number;
  header?: string;
};

/**
 * The mapping with the user's corrections applied (the CLI's `--mapping` file, the editor's column
 * picker): each correction names a column by `index` or `header` and sets its role, scale or stage.
 * Throws with the correction's position when a column does not exist.
 *
 * @example
 * correctMapping(detected, [{ header: "Q3", role: "ces", scale: { min: 1, max: 7 } }]);
 */
export function correctMapping(
  mapping: ColumnMapping,
  corrections: readonly ColumnCorrection[],
): ColumnMapping {
  const columns = mapping.columns.map((c) => ({ ...c }));
  corrections.forEach((correction, i) => {
    const { index, header, ...changes } = correction;
    const target = columns.find((c) =>
      index !== undefined ? c.index === index : header !== undefined && c.header === header,
    );
    if (!target) {
      const named = index !== undefined ? `index ${index}` : `header ${JSON.stringify(header ?? "")}`;
      throw new Error(`columns[${i}]: no column with ${named}`);
    }
    if (changes.role !== undefined && !COLUMN_ROLES.includes(changes.role))
      throw new Error(
        `columns[${i}].role: expected one of ${COLUMN_ROLES.join(", ")}, got ${JSON.stringify(changes.role)}`,
      );
    Object.assign(target, changes, { confidence: 1, reason: "set by the user" });
    if (changes.role !== undefined && changes.scale === undefined && !isRatingRole(changes.role))
      delete target.scale;
  });
  return { columns };
}

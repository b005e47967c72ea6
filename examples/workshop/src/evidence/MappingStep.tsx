import type { JourneyMap } from "@journeykit/core";
import {
  COLUMN_ROLES,
  type ColumnMapping,
  type ColumnRole,
  correctMapping,
  DEFAULT_SCALES,
  type EvidenceAnalysis,
  type MentionRule,
} from "@journeykit/evidence";
import type { TableSummary } from "./evidence-session";
import { MentionRulesEditor } from "./MentionRulesEditor";
import { ROLE_NAMES } from "./shape-names";

const isRating = (role: ColumnRole) =>
  role === "nps" || role === "csat" || role === "ces" || role === "stars";

const USER_SET = "set by the user";

/** "sure: header asks about recommending", "a guess: answers 1-5", or "you set this". */
const reasonText = (confidence: number | undefined, reason: string) => {
  if (reason === USER_SET) return "you set this";
  if (confidence === undefined) return reason;
  return `${confidence >= 0.8 ? "sure" : confidence >= 0.5 ? "likely" : "a guess"}: ${reason}`;
};

/** "2 Apr 2026": the day an earlier import was made. */
const importDay = (iso: string) =>
  new Date(iso).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });

/**
 * Step 3: each column's detected role, with a select to correct it; mention rules when no column places
 * rows. When the map has an earlier import of the same kind of file, its columns and words are in use,
 * said at the top with a way to edit them or detect again.
 */
export function MappingStep({
  map,
  summary,
  mapping,
  rules,
  analysis,
  analyzing,
  onMapping,
  onRules,
  reused,
  rulesVersion = 0,
  onDetectAgain,
}: {
  map: JourneyMap;
  summary: TableSummary;
  mapping: ColumnMapping;
  rules: MentionRule[];
  analysis: EvidenceAnalysis | undefined;
  analyzing: boolean;
  onMapping: (mapping: ColumnMapping) => void;
  onRules: (rules: MentionRule[]) => void;
  /** The earlier import whose placement is in use. */
  reused?: TableSummary["reused"] | undefined;
  /** Changes when the rules are replaced as a whole (the rule fields are refilled). */
  rulesVersion?: number;
  onDetectAgain?: () => void;
}) {
  const placesRows = mapping.columns.some((c) => c.role === "stage" || c.role === "touchpoint");
  const sample = (index: number) =>
    summary.firstRows.map((row) => row[index] ?? "").find((cell) => cell.trim() !== "") ?? "";
  const setRole = (index: number, role: ColumnRole) =>
    onMapping(
      correctMapping(mapping, [
        {
          index,
          role,
          ...(isRating(role) ? { scale: DEFAULT_SCALES[role as "nps" | "csat" | "ces" | "stars"] } : {}),
        },
      ]),
    );
  const setStage = (index: number, stageId: string) => {
    const next = correctMapping(mapping, [{ index }]);
    const column = next.columns.find((c) => c.index === index);
    if (column) {
      if (stageId) column.stageId = stageId;
      else delete column.stageId;
    }
    onMapping(next);
  };
  const several = analysis?.placement?.several ?? 0;
  const focusRules = () => document.querySelector<HTMLInputElement>(".ws-ev-rule-list input")?.focus();
  // How many rows no stage column or rule places, recounted as the mapping and the rules change.
  const placement = (
    <p className="ws-ev-placement" aria-live="polite" data-testid="evidence-unassigned">
      {analysis
        ? `${analysis.rows.unassigned.toLocaleString("en-US")} of ${analysis.rows.used.toLocaleString("en-US")} answered rows stay on no stage${several ? ` (${several.toLocaleString("en-US")} of them name several stages equally)` : ""} (they count in the overall figures only).`
        : analyzing
          ? "Placing rows on stages…"
          : ""}
    </p>
  );
  return (
    <div className="ws-ev-mapping">
      <p className="ws-ev-muted">
        Check what each column holds. The guess and its reason are shown; change a role if it is wrong. A
        rating about one stage (“How easy was paying?”) counts for that stage only.
      </p>
      {reused && (
        <p className="ws-ev-reused" data-testid="evidence-reused">
          Using the placement from “{reused.sourceName}”, {importDay(reused.importedAt)}: the same columns and
          words as then, so the figures compare like with like.{" "}
          {!placesRows && (
            <button type="button" className="ws-link-button" onClick={focusRules}>
              Edit the words
            </button>
          )}{" "}
          {onDetectAgain && (
            <button type="button" className="ws-link-button" onClick={onDetectAgain}>
              Detect again
            </button>
          )}
        </p>
      )}
      {placement}
      {!placesRows && (
        <p className="ws-ev-muted">
          No column says which stage a row is about, so comments are placed by the words they mention.{" "}
          {!reused && (
            <button type="button" className="ws-link-button" onClick={focusRules}>
              Edit the words
            </button>
          )}
        </p>
      )}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="ws-ev-scroll ws-ev-scroll-tall" tabIndex={0} aria-label="Columns">
        <table className="ws-ev-grid ws-ev-mapping-grid">
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Example</th>
              <th scope="col">Holds</th>
              <th scope="col">About stage</th>
            </tr>
          </thead>
          <tbody>
            {mapping.columns.map((column) => {
              const header = summary.headers[column.index] ?? column.header ?? `Column ${column.index + 1}`;
              return (
                <tr key={column.index} data-column={column.index}>
                  <th scope="row" className="ws-ev-colname" title={header}>
                    {header}
                  </th>
                  <td className="ws-ev-sample" title={sample(column.index)}>
                    {sample(column.index)}
                  </td>
                  <td>
                    <select
                      aria-label={`What column “${header}” holds`}
                      value={column.role}
                      onChange={(event) => setRole(column.index, event.target.value as ColumnRole)}
                    >
                      {COLUMN_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {ROLE_NAMES[role]}
                        </option>
                      ))}
                    </select>
                    {column.reason && (
                      <small className="ws-ev-reason">{reasonText(column.confidence, column.reason)}</small>
                    )}
                  </td>
                  <td>
                    {isRating(column.role) ? (
                      <select
                        aria-label={`Stage column “${header}” is about`}
                        value={column.stageId ?? ""}
                        onChange={(event) => setStage(column.index, event.target.value)}
                      >
                        <option value="">Each row's own stage</option>
                        {map.stages.map((stage) => (
                          <option key={stage.id} value={stage.id}>
                            {stage.name}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <span className="ws-ev-muted">—</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      {!placesRows && <MentionRulesEditor key={rulesVersion} map={map} rules={rules} onRules={onRules} />}
    </div>
  );
}

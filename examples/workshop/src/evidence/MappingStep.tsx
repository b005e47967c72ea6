import { formatDate, formatNumber, type JourneyMap } from "@journeykit/core";
import {
  COLUMN_ROLES,
  type ColumnMapping,
  type ColumnRole,
  correctMapping,
  DEFAULT_SCALES,
  type EvidenceAnalysis,
  type MentionRule,
} from "@journeykit/evidence";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import type { WorkshopText } from "../i18n/workshop-catalogue";
import type { TableSummary } from "./evidence-session";
import { MentionRulesEditor } from "./MentionRulesEditor";
import { roleName } from "./shape-names";

const isRating = (role: ColumnRole) =>
  role === "nps" || role === "csat" || role === "ces" || role === "stars";

const USER_SET = "set by the user";

/**
 * "sure: header asks about recommending", "a guess: answers 1-5", or "you set this". The reason is
 * detectColumns' own (English).
 */
const reasonText = (confidence: number | undefined, reason: string, { t }: WorkshopText) => {
  if (reason === USER_SET) return t("evidence.youSet");
  if (confidence === undefined) return reason;
  return t(confidence >= 0.8 ? "evidence.sure" : confidence >= 0.5 ? "evidence.likely" : "evidence.guess", {
    reason,
  });
};

/** "2 Apr 2026": the day an earlier import was made (English as written in Britain, day first). */
const importDay = (iso: string, { locale }: WorkshopText) =>
  formatDate(iso, { locale: locale === "en" ? "en-GB" : locale, style: "date", timeZone: "UTC" });

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
  const text = useWorkshopText();
  const { t, locale } = text;
  const count = (n: number) => formatNumber(n, { locale });
  const columnsLabel = t("evidence.fact.columns");
  const focusRules = () => document.querySelector<HTMLInputElement>(".ws-ev-rule-list input")?.focus();
  // How many rows no stage column or rule places, recounted as the mapping and the rules change.
  const placement = (
    <p className="ws-ev-placement" aria-live="polite" data-testid="evidence-unassigned">
      {analysis
        ? t("evidence.unassigned", {
            unassigned: count(analysis.rows.unassigned),
            used: count(analysis.rows.used),
            several: several ? t("evidence.several", { count: several }) : "",
          })
        : analyzing
          ? t("evidence.placing")
          : ""}
    </p>
  );
  return (
    <div className="ws-ev-mapping">
      <p className="ws-ev-muted">{t("evidence.mappingHelp")}</p>
      {reused && (
        <p className="ws-ev-reused" data-testid="evidence-reused">
          {t("evidence.reused", { source: reused.sourceName, date: importDay(reused.importedAt, text) })}{" "}
          {!placesRows && (
            <button type="button" className="ws-link-button" onClick={focusRules}>
              {t("evidence.editWords")}
            </button>
          )}{" "}
          {onDetectAgain && (
            <button type="button" className="ws-link-button" onClick={onDetectAgain}>
              {t("evidence.detectAgain")}
            </button>
          )}
        </p>
      )}
      {placement}
      {!placesRows && (
        <p className="ws-ev-muted">
          {t("evidence.noStageColumn")}{" "}
          {!reused && (
            <button type="button" className="ws-link-button" onClick={focusRules}>
              {t("evidence.editWords")}
            </button>
          )}
        </p>
      )}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="ws-ev-scroll ws-ev-scroll-tall" tabIndex={0} aria-label={columnsLabel}>
        <table className="ws-ev-grid ws-ev-mapping-grid">
          <thead>
            <tr>
              <th scope="col">{t("evidence.col.column")}</th>
              <th scope="col">{t("evidence.col.example")}</th>
              <th scope="col">{t("evidence.col.holds")}</th>
              <th scope="col">{t("evidence.col.aboutStage")}</th>
            </tr>
          </thead>
          <tbody>
            {mapping.columns.map((column) => {
              const header =
                summary.headers[column.index] ??
                column.header ??
                t("evidence.columnN", { n: column.index + 1 });
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
                      aria-label={t("evidence.whatHolds", { header })}
                      value={column.role}
                      onChange={(event) => setRole(column.index, event.target.value as ColumnRole)}
                    >
                      {COLUMN_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {roleName(role, text)}
                        </option>
                      ))}
                    </select>
                    {column.reason && (
                      <small className="ws-ev-reason">
                        {reasonText(column.confidence, column.reason, text)}
                      </small>
                    )}
                  </td>
                  <td>
                    {isRating(column.role) ? (
                      <select
                        aria-label={t("evidence.stageOfColumn", { header })}
                        value={column.stageId ?? ""}
                        onChange={(event) => setStage(column.index, event.target.value)}
                      >
                        <option value="">{t("evidence.eachRowsStage")}</option>
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

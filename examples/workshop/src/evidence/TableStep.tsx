import { maskPersonalCells } from "@journeykit/evidence";
import { useMemo } from "react";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import type { TableSummary } from "./evidence-session";
import { delimiterName, shapeName } from "./shape-names";

/**
 * Step 2: what was read: its export shape, size, format and first rows. The rows are shown fit for a
 * projector: columns of personal data (names, e-mails, phones, addresses, ids) masked, other cells
 * redacted.
 */
export function TableStep({ summary }: { summary: TableSummary }) {
  const rows = useMemo(
    () => maskPersonalCells(summary.firstRows, summary.mapping),
    [summary.firstRows, summary.mapping],
  );
  const text = useWorkshopText();
  const { t } = text;
  const format =
    summary.format === "xlsx"
      ? t("evidence.excel")
      : `CSV, ${delimiterName(summary.delimiter ?? ",", text)}${summary.encoding ? `, ${summary.encoding.toUpperCase()}` : ""}`;
  const rowCount = t("evidence.rows", { count: summary.rowCount });
  return (
    <div className="ws-ev-table-step">
      <dl className="ws-ev-facts">
        <div>
          <dt>{t("evidence.fact.file")}</dt>
          <dd>{summary.fileName}</dd>
        </div>
        <div>
          <dt>{t("evidence.fact.looksLike")}</dt>
          <dd data-testid="evidence-shape">
            {shapeName(summary.shape, text)}
            {summary.headerRows > 1 ? t("evidence.fact.headerRows", { count: summary.headerRows }) : ""}
          </dd>
        </div>
        <div>
          <dt>{t("evidence.fact.responses")}</dt>
          <dd data-testid="evidence-row-count">{rowCount}</dd>
        </div>
        <div>
          <dt>{t("evidence.fact.columns")}</dt>
          <dd>{summary.headers.length}</dd>
        </div>
        <div>
          <dt>{t("evidence.fact.format")}</dt>
          <dd>{format}</dd>
        </div>
      </dl>
      {summary.warnings.length > 0 && (
        <ul className="ws-ev-warnings" aria-label={t("evidence.readingNotes")}>
          {summary.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="ws-ev-scroll" tabIndex={0} aria-label={t("evidence.firstRowsLabel")}>
        <table className="ws-ev-grid">
          <caption className="ws-ev-caption">
            {t("evidence.firstRows", {
              shown: Math.min(summary.firstRows.length, summary.rowCount),
              rows: rowCount,
            })}
          </caption>
          <thead>
            <tr>
              {summary.headers.map((header, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                <th key={i} scope="col" title={header}>
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
              <tr key={r}>
                {row.map((cell, c) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                  <td key={c} title={cell}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

import { maskPersonalCells } from "@journeykit/evidence";
import { useMemo } from "react";
import type { TableSummary } from "./evidence-session";
import { delimiterName, SHAPE_NAMES } from "./shape-names";

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
  const format =
    summary.format === "xlsx"
      ? "Excel workbook"
      : `CSV, ${delimiterName(summary.delimiter ?? ",")}${summary.encoding ? `, ${summary.encoding.toUpperCase()}` : ""}`;
  return (
    <div className="ws-ev-table-step">
      <dl className="ws-ev-facts">
        <div>
          <dt>File</dt>
          <dd>{summary.fileName}</dd>
        </div>
        <div>
          <dt>Looks like</dt>
          <dd data-testid="evidence-shape">
            {SHAPE_NAMES[summary.shape]}
            {summary.headerRows > 1 ? ` (${summary.headerRows} header rows)` : ""}
          </dd>
        </div>
        <div>
          <dt>Responses</dt>
          <dd data-testid="evidence-row-count">{summary.rowCount.toLocaleString("en-US")} rows</dd>
        </div>
        <div>
          <dt>Columns</dt>
          <dd>{summary.headers.length}</dd>
        </div>
        <div>
          <dt>Format</dt>
          <dd>{format}</dd>
        </div>
      </dl>
      {summary.warnings.length > 0 && (
        <ul className="ws-ev-warnings" aria-label="Reading notes">
          {summary.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="ws-ev-scroll" tabIndex={0} aria-label="First rows of the table">
        <table className="ws-ev-grid">
          <caption className="ws-ev-caption">
            First {Math.min(summary.firstRows.length, summary.rowCount)} of{" "}
            {summary.rowCount.toLocaleString("en-US")} rows
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

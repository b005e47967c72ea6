import { useEffect, useRef } from "react";
import { useFocusTrap } from "../evidence/use-focus-trap";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import { RepairGroupList } from "./RepairGroupList";
import type { RepairReport } from "./repair-report";
import { SetAsideList } from "./SetAsideList";
import "./file.css";

/**
 * "Repaired N problems": what opening a damaged file repaired, grouped by kind, and the records set
 * aside (kept in the map's meta, saved with it). A modal: focus starts on it, Tab stays in it, Escape
 * or Close dismisses it.
 */
export function RepairReportDialog({
  report,
  onClose,
  onClosed,
}: {
  report: RepairReport;
  onClose: () => void;
  /** Called once the dialog is gone and focus is back where it was (or nowhere, if that went away). */
  onClosed?: () => void;
}) {
  const root = useRef<HTMLDivElement>(null);
  const closed = useRef(onClosed);
  closed.current = onClosed;
  const { t } = useWorkshopText();
  useFocusTrap(root, onClose);
  // Declared after the focus trap, so this runs after it has given focus back.
  useEffect(() => () => closed.current?.(), []);
  return (
    <div className="ws-modal-backdrop">
      <div
        ref={root}
        className="ws-repair-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="ws-repair-title"
        aria-describedby="ws-repair-intro"
        tabIndex={-1}
      >
        <header className="ws-repair-head">
          <h2 id="ws-repair-title">{t("repair.title", { count: report.repairs.length })}</h2>
          <button
            type="button"
            className="ws-button ws-button-quiet ws-repair-close"
            aria-label={t("common.close")}
            onClick={onClose}
          >
            ×
          </button>
        </header>
        <p id="ws-repair-intro" className="ws-repair-intro">
          {report.origin === "file"
            ? t("repair.opened", { file: report.name })
            : t("repair.openedStored", { title: report.name })}
        </p>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a long list scrolls with the keyboard too */}
        <section className="ws-repair-body" tabIndex={0} aria-label={t("repair.list")}>
          {report.setAside.length > 0 && <SetAsideList records={report.setAside} />}
          <RepairGroupList repairs={report.repairs} />
        </section>
        <footer className="ws-repair-foot">
          <button type="button" className="ws-button ws-button-primary" data-autofocus onClick={onClose}>
            {t("repair.done")}
          </button>
        </footer>
      </div>
    </div>
  );
}

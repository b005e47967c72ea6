import { type ReactNode, useCallback, useState } from "react";
import { RepairReportDialog } from "./RepairReportDialog";
import type { RepairReport } from "./repair-report";
import { RepairReportContext } from "./repair-report-context";

/**
 * Holds the repair report of a file just opened and repaired, above the app's screens: opening moves
 * to the new map, and the report stays over it until dismissed. Focus then goes to the map (the
 * canvas's current item), since the button that opened the file went away with its screen.
 */
export function RepairReportHost({ children }: { children: ReactNode }) {
  const [report, setReport] = useState<RepairReport | null>(null);
  const show = useCallback((next: RepairReport) => setReport(next), []);
  return (
    <RepairReportContext.Provider value={show}>
      {children}
      {report && <RepairReportDialog report={report} onClose={() => setReport(null)} onClosed={focusMap} />}
    </RepairReportContext.Provider>
  );
}

/** Focus the map's canvas when focus was left nowhere (the opener is gone). */
function focusMap() {
  if (document.activeElement && document.activeElement !== document.body) return;
  document.querySelector<HTMLElement>(".ws-body [tabindex='0']")?.focus();
}

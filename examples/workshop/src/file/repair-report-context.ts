import { createContext, useContext } from "react";
import type { RepairReport } from "./repair-report";

/** Shows a repair report over whatever screen comes next (the repaired map's). One per app. */
export const RepairReportContext = createContext<((report: RepairReport) => void) | null>(null);

/** The function that shows a repair report; needs a `<RepairReportHost>` above. */
export function useShowRepairReport(): (report: RepairReport) => void {
  const show = useContext(RepairReportContext);
  if (!show) throw new Error("useShowRepairReport() needs a <RepairReportHost>");
  return show;
}

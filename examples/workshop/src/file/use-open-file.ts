import type { JourneyMap } from "@journeykit/core";
import { useCallback, useState } from "react";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import { useLibrary, useUnsavedMaps } from "../storage/library-context";
import { openAsNewMap } from "./open-as-new-map";
import { type OpenResult, readMapFile } from "./read-map-file";
import { repairDamagedMap } from "./repair-damaged-map";
import type { RepairOffer } from "./repair-offer";
import { useShowRepairReport } from "./repair-report-context";
import { setAsideRecords } from "./set-aside-records";

/** What the person sees after opening a file that could not be read. */
export interface OpenError {
  fileName: string;
  format: string;
  errors: string[];
  /** Whether a repair can open it anyway (a JSON map): absent for a file no repair applies to. */
  repair?: RepairOffer;
}

/**
 * Open a file as a new stored map and go to it (`openAsNewMap`: never overwriting a stored map). A
 * broken file leaves everything as it was and reports what is wrong and where; when it is a map a
 * repair can save, the report offers "Open and repair", which opens the repaired map as a new one and
 * shows what was repaired.
 */
export function useOpenFile() {
  const library = useLibrary();
  const unsaved = useUnsavedMaps();
  const showReport = useShowRepairReport();
  const [error, setError] = useState<OpenError | null>(null);
  const [busy, setBusy] = useState(false);
  const text = useWorkshopText();

  const offerRepair = useCallback(
    (fileName: string, source: string): RepairOffer => {
      const repaired = repairDamagedMap(source);
      if (!repaired.ok) return { possible: false, reasons: repaired.reasons };
      const open = async (map: JourneyMap) => {
        setError(null);
        const opened = await openAsNewMap(map, library, unsaved);
        showReport({
          origin: "file",
          name: fileName,
          repairs: repaired.repairs,
          setAside: setAsideRecords(opened),
        });
      };
      return { possible: true, open: () => void open(repaired.map) };
    },
    [library, unsaved, showReport],
  );

  const open = useCallback(
    async (file: File): Promise<OpenResult> => {
      setBusy(true);
      try {
        const result = await readMapFile(file, text);
        if (!result.ok) {
          const { format, errors, source } = result;
          const repair = source === undefined ? undefined : offerRepair(file.name, source);
          setError({ fileName: file.name, format, errors, ...(repair ? { repair } : {}) });
          return result;
        }
        setError(null);
        await openAsNewMap(result.map, library, unsaved);
        return result;
      } finally {
        setBusy(false);
      }
    },
    [library, unsaved, text, offerRepair],
  );

  return { open, error, busy, dismiss: () => setError(null) };
}

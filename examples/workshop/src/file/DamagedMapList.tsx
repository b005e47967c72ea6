import { useState } from "react";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import { useLibrary, useUnsavedMaps } from "../storage/library-context";
import type { DamagedEntry } from "../storage/map-library";
import { openAsNewMap } from "./open-as-new-map";
import { repairDamagedMap } from "./repair-damaged-map";
import { useShowRepairReport } from "./repair-report-context";
import { setAsideRecords } from "./set-aside-records";
import "./file.css";

/**
 * The stored maps that no longer parse, each with its errors and a Repair button: the repaired map
 * (every text kept, what cannot stay in place set aside in its meta) takes the damaged entry's place,
 * opens, and the report says what was repaired. An entry no repair can save says why and stays.
 */
export function DamagedMapList({ damaged }: { damaged: readonly DamagedEntry[] }) {
  const library = useLibrary();
  const unsaved = useUnsavedMaps();
  const showReport = useShowRepairReport();
  const { t } = useWorkshopText();
  const [refused, setRefused] = useState<Record<string, string>>({});

  const repair = async (entry: DamagedEntry) => {
    const repaired = repairDamagedMap(entry.value);
    if (!repaired.ok) {
      setRefused((current) => ({ ...current, [entry.key]: repaired.reasons.join("; ") }));
      return;
    }
    // The repaired map takes the damaged entry's place; when the repair gave the map a new id, the
    // damaged entry goes once the repaired map is stored.
    const map = await openAsNewMap(repaired.map, library, unsaved, { replacing: entry.key });
    if (map.id !== entry.key && !unsaved.get(map.id)) await library.remove(entry.key);
    showReport({
      origin: "stored",
      name: map.title || entry.key,
      repairs: repaired.repairs,
      setAside: setAsideRecords(map),
    });
  };

  return (
    <div className="ws-alert ws-alert-error" role="alert">
      {t("recent.damaged", { count: damaged.length })}
      <ul className="ws-error-list ws-damaged-list">
        {damaged.map((entry) => {
          const why = refused[entry.key];
          return (
            <li key={entry.key}>
              <code>{entry.key}</code>: {entry.errors.slice(0, 3).join("; ")}
              {why !== undefined ? (
                <p className="ws-repair-refused">{t("openError.cannotRepair", { reason: why })}</p>
              ) : (
                <button
                  type="button"
                  className="ws-button ws-damaged-repair"
                  aria-label={t("repair.storedAction", { key: entry.key })}
                  onClick={() => void repair(entry)}
                >
                  {t("repair.stored")}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

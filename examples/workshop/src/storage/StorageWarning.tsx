import { useId } from "react";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import { useLibrary } from "./library-context";
import "./storage.css";

/**
 * A non-blocking banner shown while maps live only in memory (IndexedDB missing, blocked or broken):
 * says that work is not kept in this browser, why, and offers to save the open map to a file.
 */
export function StorageWarning({ onSaveFile }: { onSaveFile?: () => void }) {
  const { storage } = useLibrary();
  const titleId = useId();
  const { t } = useWorkshopText();
  if (storage.kind !== "memory") return null;
  return (
    <div className="ws-storage-warning" role="status" aria-labelledby={titleId}>
      <span className="ws-storage-warning-icon" aria-hidden="true">
        !
      </span>
      <p className="ws-storage-warning-text">
        <strong id={titleId}>{t("storageWarning.title")}</strong>{" "}
        {onSaveFile ? t("storageWarning.saveThis") : t("storageWarning.inAMap")}{" "}
        <span className="ws-storage-warning-reason">
          {t("storageWarning.why", { reason: storage.reason })}
        </span>
      </p>
      {onSaveFile && (
        <button type="button" className="ws-button ws-storage-warning-action" onClick={onSaveFile}>
          {t("common.saveToFile")}
        </button>
      )}
    </div>
  );
}

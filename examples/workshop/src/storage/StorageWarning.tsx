import { useId } from "react";
import { useLibrary } from "./library-context";

/**
 * A non-blocking banner shown while maps live only in memory (IndexedDB missing, blocked or broken):
 * says that work is not kept in this browser, why, and offers to save the open map to a file.
 */
export function StorageWarning({ onSaveFile }: { onSaveFile?: () => void }) {
  const { storage } = useLibrary();
  const titleId = useId();
  if (storage.kind !== "memory") return null;
  return (
    <div className="ws-storage-warning" role="status" aria-labelledby={titleId}>
      <span className="ws-storage-warning-icon" aria-hidden="true">
        !
      </span>
      <p className="ws-storage-warning-text">
        <strong id={titleId}>Your work is not kept in this browser.</strong>{" "}
        {onSaveFile
          ? "Maps stay only until this tab closes: save this map to a file to keep it."
          : "Maps stay only until this tab closes: in a map, use Save file to keep it."}{" "}
        <span className="ws-storage-warning-reason">Why: {storage.reason}</span>
      </p>
      {onSaveFile && (
        <button type="button" className="ws-button ws-storage-warning-action" onClick={onSaveFile}>
          Save to file
        </button>
      )}
    </div>
  );
}

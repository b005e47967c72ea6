import { useId } from "react";
import type { Conflict } from "./map-session";

/**
 * Another tab saved this map while this tab had unsaved edits. Both versions are kept; the person
 * chooses which stays in this map, and the other is stored as a copy in their maps first.
 */
export function ConflictBanner({
  conflict,
  onLoadTheirs,
  onKeepMine,
  onSaveFile,
}: {
  conflict: Conflict;
  onLoadTheirs: () => void;
  onKeepMine: () => void;
  onSaveFile: () => void;
}) {
  const headingId = useId();
  return (
    <div className="ws-notice ws-notice-conflict" role="alert" aria-labelledby={headingId}>
      <div className="ws-notice-text">
        <strong id={headingId}>This map was changed in another tab.</strong>{" "}
        <span>
          Your edits here are not saved yet. Choose the version that stays in this map: the other one is kept
          as a copy under Your maps, so nothing is lost.
        </span>
        {conflict.problem && (
          <span className="ws-notice-problem">
            {" "}
            Could not keep both versions:{" "}
            {conflict.problem.kind === "quota"
              ? "this browser's storage is full. Save your version to a file, or delete old maps under Your maps, then choose again."
              : `${conflict.problem.message}. Save your version to a file, then choose again.`}
          </span>
        )}
      </div>
      <div className="ws-notice-actions">
        <button
          type="button"
          className="ws-button"
          disabled={conflict.resolving}
          onClick={onLoadTheirs}
          title="Show the other tab's version here; yours is kept as a copy"
        >
          Load theirs
        </button>
        <button
          type="button"
          className="ws-button ws-button-primary"
          disabled={conflict.resolving}
          onClick={onKeepMine}
          title="Keep your version here; the other tab's is kept as a copy"
        >
          Keep mine
        </button>
        {conflict.problem && (
          <button type="button" className="ws-button" onClick={onSaveFile}>
            Save to file
          </button>
        )}
      </div>
    </div>
  );
}

import { useId } from "react";
import { routeHref } from "../route";
import type { StorageProblem } from "./storage-problem";

/**
 * Shown for as long as the open map's last save failed: the edits are only in this tab, so it says
 * why, offers Save to file and another try, and for a full quota how to free space. Leaving for Your
 * maps loses nothing: the tab holds the unstored map and lists it there.
 */
export function SaveProblemMessage({
  problem,
  onSaveFile,
  onRetry,
}: {
  problem: StorageProblem;
  onSaveFile: () => void;
  onRetry: () => void;
}) {
  const headingId = useId();
  return (
    <div className="ws-notice ws-notice-error" role="alert" aria-labelledby={headingId}>
      <div className="ws-notice-text">
        {problem.kind === "quota" ? (
          <>
            <strong id={headingId}>Not saved: this browser's storage is full.</strong>{" "}
            <span>
              Your edits are kept in this tab until it closes: save the map to a file now. To free space,
              delete maps you no longer need from{" "}
              <a className="ws-notice-link" href={routeHref({ screen: "start" })}>
                Your maps
              </a>
              , then try again.
            </span>
          </>
        ) : (
          <>
            <strong id={headingId}>Not saved: {problem.message}.</strong>{" "}
            <span>
              Your edits are kept in this tab only until it closes. Save the map to a file to keep them.
            </span>
          </>
        )}
      </div>
      <div className="ws-notice-actions">
        <button type="button" className="ws-button ws-button-primary" onClick={onSaveFile}>
          Save to file
        </button>
        <button type="button" className="ws-button" onClick={onRetry}>
          Try again
        </button>
      </div>
    </div>
  );
}

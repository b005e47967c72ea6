import { useId } from "react";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
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
  const { t } = useWorkshopText();
  return (
    <div className="ws-notice ws-notice-error" role="alert" aria-labelledby={headingId}>
      <div className="ws-notice-text">
        {problem.kind === "quota" ? (
          <>
            <strong id={headingId}>{t("saveProblem.full")}</strong>{" "}
            <span>
              {t("saveProblem.fullBefore")}{" "}
              <a className="ws-notice-link" href={routeHref({ screen: "start" })}>
                {t("common.yourMaps")}
              </a>
              {t("saveProblem.fullAfter")}
            </span>
          </>
        ) : (
          <>
            <strong id={headingId}>{t("saveProblem.other", { reason: problem.message })}</strong>{" "}
            <span>{t("saveProblem.otherWhat")}</span>
          </>
        )}
      </div>
      <div className="ws-notice-actions">
        <button type="button" className="ws-button ws-button-primary" onClick={onSaveFile}>
          {t("common.saveToFile")}
        </button>
        <button type="button" className="ws-button" onClick={onRetry}>
          {t("common.tryAgain")}
        </button>
      </div>
    </div>
  );
}

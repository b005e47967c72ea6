import { useId } from "react";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
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
  const { t } = useWorkshopText();
  return (
    <div className="ws-notice ws-notice-conflict" role="alert" aria-labelledby={headingId}>
      <div className="ws-notice-text">
        <strong id={headingId}>{t("conflict.heading")}</strong> <span>{t("conflict.what")}</span>
        {conflict.problem && (
          <span className="ws-notice-problem">
            {" "}
            {t("conflict.couldNotKeep")}{" "}
            {conflict.problem.kind === "quota"
              ? t("conflict.full")
              : t("conflict.other", { reason: conflict.problem.message })}
          </span>
        )}
      </div>
      <div className="ws-notice-actions">
        <button
          type="button"
          className="ws-button"
          disabled={conflict.resolving}
          onClick={onLoadTheirs}
          title={t("conflict.loadTheirsTitle")}
        >
          {t("conflict.loadTheirs")}
        </button>
        <button
          type="button"
          className="ws-button ws-button-primary"
          disabled={conflict.resolving}
          onClick={onKeepMine}
          title={t("conflict.keepMineTitle")}
        >
          {t("conflict.keepMine")}
        </button>
        {conflict.problem && (
          <button type="button" className="ws-button" onClick={onSaveFile}>
            {t("common.saveToFile")}
          </button>
        )}
      </div>
    </div>
  );
}

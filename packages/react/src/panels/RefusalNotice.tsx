import { useEditorText } from "../hooks/useEditorText.js";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";

/**
 * Says why the last edit did not happen when the host refused it in `onBeforeChange`: an alert (read
 * out by screen readers) at the top of the editor, until it is dismissed or the next edit is made. The
 * host's reason is shown as the host wrote it; without one, the editor says the change is not allowed.
 * `JourneyMapProvider` renders it, so every layout has it.
 */
export function RefusalNotice() {
  const refusal = useJourneyMapStore((s) => s.refusal);
  const store = useStoreApi();
  const { t } = useEditorText();
  if (!refusal) return null;
  return (
    <div className="jk-refusal">
      <p role="alert">{t("refusal.notChanged", { reason: refusal.reason ?? t("refusal.noReason") })}</p>
      <button
        type="button"
        className="jk-button"
        aria-label={t("common.dismiss")}
        onClick={() => store.getState().dismissRefusal()}
      >
        ×
      </button>
    </div>
  );
}

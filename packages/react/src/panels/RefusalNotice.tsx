import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";

/** What the notice says when the host refused without a reason. */
export const REFUSED_WITHOUT_REASON = "this change is not allowed here.";

/**
 * Says why the last edit did not happen when the host refused it in `onBeforeChange`: an alert (read
 * out by screen readers) at the top of the editor, until it is dismissed or the next edit is made.
 * `JourneyMapProvider` renders it, so every layout has it.
 */
export function RefusalNotice() {
  const refusal = useJourneyMapStore((s) => s.refusal);
  const store = useStoreApi();
  if (!refusal) return null;
  return (
    <div className="jk-refusal">
      <p role="alert">Not changed: {refusal.reason ?? REFUSED_WITHOUT_REASON}</p>
      <button
        type="button"
        className="jk-button"
        aria-label="Dismiss"
        onClick={() => store.getState().dismissRefusal()}
      >
        ×
      </button>
    </div>
  );
}

import { useState } from "react";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import "./voting.css";

/** "Reset votes…", then "Remove all N votes?" with Reset / Cancel: votes are never cleared by one click. */
export function ResetVotes({ count, onReset }: { count: number; onReset: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const { t } = useWorkshopText();
  if (!confirming)
    return (
      <button type="button" className="ws-button" disabled={count === 0} onClick={() => setConfirming(true)}>
        {t("voting.reset")}
      </button>
    );
  return (
    <div role="alert" className="ws-confirm">
      {t("voting.resetConfirm", { count })}
      <button
        type="button"
        className="ws-button ws-button-danger"
        onClick={() => {
          onReset();
          setConfirming(false);
        }}
      >
        {t("voting.resetNow")}
      </button>
      <button type="button" className="ws-button ws-button-quiet" onClick={() => setConfirming(false)}>
        {t("common.cancel")}
      </button>
    </div>
  );
}

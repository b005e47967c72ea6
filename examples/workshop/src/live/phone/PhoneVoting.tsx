import { useWorkshopText } from "../../i18n/WorkshopTextProvider";
import type { LiveVoting } from "../use-live-voting";

/**
 * Dot voting on a phone, under the top bar: while the round is open, the dots this participant has
 * left and where dots go; what the server refused (no dots left, voting closed, offline) until OK.
 */
export function PhoneVoting({ voting }: { voting: LiveVoting }) {
  const { t } = useWorkshopText();
  const { open, dots } = voting.state;
  if (!open && !voting.refusal) return null;
  return (
    <div className="ws-phone-voting">
      {open && (
        <p className="ws-phone-voting-state">
          <output className="ws-phone-dots" data-left={voting.left} aria-live="polite">
            <span aria-hidden="true">●</span> {t("phone.dotsLeft", { left: voting.left, count: dots })}
          </output>
          <span className="ws-phone-voting-hint">{t("phone.votingHint")}</span>
        </p>
      )}
      {voting.refusal && (
        <p className="ws-phone-refusal" role="alert">
          <span>{voting.refusal}</span>
          <button type="button" className="ws-button ws-phone-touch" onClick={voting.dismiss}>
            {t("phone.ok")}
          </button>
        </p>
      )}
    </div>
  );
}

import type { CSSProperties } from "react";
import { RichText, slot } from "../../i18n/RichText";
import { useWorkshopText } from "../../i18n/WorkshopTextProvider";
import type { Leader } from "./whom-to-follow";

/**
 * The bar over a follower's presenter, in the presenter's colour: "Following Ana · Stop following".
 * A status region, so a screen reader says whom the screen follows when it is taken over.
 */
export function FollowBar({ leader, onStop }: { leader: Leader; onStop: () => void }) {
  const { t } = useWorkshopText();
  return (
    <div
      className="ws-follow-bar"
      role="status"
      style={{ "--ws-follow-colour": leader.colour } as CSSProperties}
    >
      <span className="ws-follow-text">
        <RichText
          text={t("follow.following", { name: slot("name") })}
          parts={{ name: <strong>{leader.name}</strong> }}
        />
      </span>
      <span aria-hidden="true">·</span>
      <button type="button" className="ws-button ws-follow-stop" aria-keyshortcuts="Escape" onClick={onStop}>
        {t("follow.stop")}
      </button>
      <span className="ws-follow-key" aria-hidden="true">
        Esc
      </span>
    </div>
  );
}

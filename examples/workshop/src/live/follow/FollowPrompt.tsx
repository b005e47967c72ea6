import { type CSSProperties, useEffect, useRef } from "react";
import { RichText, slot } from "../../i18n/RichText";
import { useWorkshopText } from "../../i18n/WorkshopTextProvider";
import type { Leader } from "./whom-to-follow";

/**
 * In the editor of someone who stopped following: "Ana is presenting · Follow Ana". Takes focus when
 * it appears (right after Stop following), so Enter follows again.
 */
export function FollowPrompt({ leader, onFollow }: { leader: Leader; onFollow: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  const { t } = useWorkshopText();
  useEffect(() => button.current?.focus(), []);
  return (
    <div
      className="ws-follow-prompt"
      role="status"
      style={{ "--ws-follow-colour": leader.colour } as CSSProperties}
    >
      <span className="ws-follow-dot" aria-hidden="true" />
      <span>
        <RichText
          text={t("follow.presenting", { name: slot("name") })}
          parts={{ name: <strong>{leader.name}</strong> }}
        />
      </span>
      <button ref={button} type="button" className="ws-button ws-button-primary" onClick={onFollow}>
        {t("follow.follow", { name: leader.name })}
      </button>
    </div>
  );
}

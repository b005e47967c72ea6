import type { Peer } from "@journeykit/collab";
import { useWorkshopText } from "../../i18n/WorkshopTextProvider";

/**
 * The presenter's "Follow me" switch (a toggle button: its pressed state is announced) and, while it
 * is on, how many people's screens follow (up to three names shown, all in the tooltip, A to Z).
 */
export function FollowMeToggle({
  on,
  onToggle,
  followers,
}: {
  on: boolean;
  onToggle: (on: boolean) => void;
  followers: readonly Peer[];
}) {
  const { t } = useWorkshopText();
  const names = followers
    .map((peer) => peer.name)
    .sort((a, b) => a.localeCompare(b))
    .join(", ");
  return (
    <span className="ws-follow-me">
      <button
        type="button"
        className="ws-button ws-follow-toggle"
        aria-pressed={on}
        title={on ? t("follow.meOn") : t("follow.meOff")}
        onClick={() => onToggle(!on)}
      >
        <span className="ws-follow-dot" aria-hidden="true" />
        {t("follow.me")}
      </button>
      {on && (
        <output className="ws-follow-count" title={names || undefined} aria-live="polite">
          {followers.length === 0
            ? t("follow.nobody")
            : `${t("follow.count", { count: followers.length })}${followers.length <= 3 ? `: ${names}` : ""}`}
        </output>
      )}
    </span>
  );
}

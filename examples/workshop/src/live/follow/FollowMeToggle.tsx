import type { Peer } from "@journeykit/collab";

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
        title={on ? "Everyone's screen follows yours: click to stop" : "Make everyone's screen follow yours"}
        onClick={() => onToggle(!on)}
      >
        <span className="ws-follow-dot" aria-hidden="true" />
        Follow me
      </button>
      {on && (
        <output className="ws-follow-count" title={names || undefined} aria-live="polite">
          {followers.length === 0
            ? "Nobody following yet"
            : `${followers.length} following${followers.length <= 3 ? `: ${names}` : ""}`}
        </output>
      )}
    </span>
  );
}

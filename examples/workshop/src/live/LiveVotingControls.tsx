import { MAX_DOTS } from "@journeykit/collab";
import type { JourneyMap } from "@journeykit/core";
import { type FormEvent, useId, useState } from "react";
import type { LiveVoting } from "./use-live-voting";
import "./live-voting.css";

/** Votes on the map that no ballot accounts for (from before the live session): starting clears them. */
function earlierVotes(map: JourneyMap | undefined, voting: LiveVoting): number {
  if (!map || voting.state.ballots.size > 0) return 0;
  return map.cards.reduce((sum, card) => sum + (card.votes ?? 0), 0);
}

/**
 * The top bar's part of dot voting: everyone's "N of M dots left" while voting is open; for the
 * facilitator "Start dot voting" (dots per participant, default 3) while it is not ("End voting" is in
 * the notice under the bar, so the bar is no wider while voting).
 */
export function LiveVotingControls({
  voting,
  facilitator,
  map,
}: {
  voting: LiveVoting;
  facilitator: boolean;
  map: JourneyMap | undefined;
}) {
  const { open, dots } = voting.state;
  const [choosing, setChoosing] = useState(false);
  const [count, setCount] = useState(dots);
  const id = useId();
  const earlier = earlierVotes(map, voting);
  const start = (event: FormEvent) => {
    event.preventDefault();
    void voting.start(count).then((reply) => reply.ok && setChoosing(false));
  };
  return (
    <>
      {open && (
        <output
          className="ws-live-dots"
          data-left={voting.left}
          aria-live="polite"
          title="Your dots in this round: take one back under the top bar (or Alt-click its +1)"
        >
          <span aria-hidden="true">●</span> {voting.left} of {dots} dots left
        </output>
      )}
      {facilitator && !open && (
        <span className="ws-live-popover-anchor">
          <button
            type="button"
            className="ws-button"
            aria-expanded={choosing}
            aria-controls={id}
            onClick={() => {
              setCount(dots);
              setChoosing(!choosing);
            }}
          >
            Start dot voting
          </button>
          {choosing && (
            <form id={id} className="ws-live-popover" aria-label="Start dot voting" onSubmit={start}>
              <label className="ws-live-field">
                <span>Dots per participant</span>
                <input
                  type="number"
                  min={1}
                  max={MAX_DOTS}
                  value={Number.isNaN(count) ? "" : count}
                  onChange={(event) => setCount(event.target.valueAsNumber)}
                />
              </label>
              <p className="ws-live-hint">
                Everyone gets their own dots for pain points and opportunities; the server counts them.
              </p>
              {earlier > 0 && (
                <p className="ws-live-warning">
                  The map's {earlier} earlier {earlier === 1 ? "vote is" : "votes are"} cleared when voting
                  starts.
                </p>
              )}
              <div className="ws-live-actions">
                <button
                  type="button"
                  className="ws-button ws-button-quiet"
                  onClick={() => setChoosing(false)}
                >
                  Cancel
                </button>
                <button
                  type="submit"
                  className="ws-button ws-button-primary"
                  disabled={!Number.isInteger(count) || count < 1 || count > MAX_DOTS}
                >
                  Start
                </button>
              </div>
            </form>
          )}
        </span>
      )}
    </>
  );
}

import { MAX_DOTS } from "@journeykit/collab";
import type { JourneyMap } from "@journeykit/core";
import { type FormEvent, useId, useState } from "react";
import type { LiveVoting } from "./use-live-voting";
import "./live-voting.css";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";

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
  const { t } = useWorkshopText();
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
          title={t("vote.dotsTitle")}
        >
          <span aria-hidden="true">●</span> {t("vote.dotsLeft", { left: voting.left, dots })}
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
            {t("vote.start")}
          </button>
          {choosing && (
            <form id={id} className="ws-live-popover" aria-label={t("vote.start")} onSubmit={start}>
              <label className="ws-live-field">
                <span>{t("vote.dotsPer")}</span>
                <input
                  type="number"
                  min={1}
                  max={MAX_DOTS}
                  value={Number.isNaN(count) ? "" : count}
                  onChange={(event) => setCount(event.target.valueAsNumber)}
                />
              </label>
              <p className="ws-live-hint">{t("vote.startHint")}</p>
              {earlier > 0 && <p className="ws-live-warning">{t("vote.earlier", { count: earlier })}</p>}
              <div className="ws-live-actions">
                <button
                  type="button"
                  className="ws-button ws-button-quiet"
                  onClick={() => setChoosing(false)}
                >
                  {t("common.cancel")}
                </button>
                <button
                  type="submit"
                  className="ws-button ws-button-primary"
                  disabled={!Number.isInteger(count) || count < 1 || count > MAX_DOTS}
                >
                  {t("vote.startNow")}
                </button>
              </div>
            </form>
          )}
        </span>
      )}
    </>
  );
}

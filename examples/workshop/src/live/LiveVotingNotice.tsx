import type { JourneyMap } from "@journeykit/core";
import type { LiveVoting } from "./use-live-voting";
import "./live-voting.css";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";

/** The cards this participant has given dots to, with how many, in the map's order. */
function myDots(voting: LiveVoting, map: JourneyMap | undefined) {
  const cards = voting.state.ballots.get(voting.me)?.cards ?? {};
  return (map?.cards ?? [])
    .filter((card) => (cards[card.id] ?? 0) > 0)
    .map((card) => ({ id: card.id, text: card.text, dots: cards[card.id] ?? 0 }));
}

/**
 * Under the top bar while dot voting is open: how to vote, where this participant's dots are (each
 * with a button to take one back: the way on a phone, where there is no Alt-click), and what the
 * server refused (no dots left, voting closed, offline), never silently; the facilitator's "End voting".
 */
export function LiveVotingNotice({
  voting,
  facilitator,
  map,
}: {
  voting: LiveVoting;
  facilitator: boolean;
  map?: JourneyMap | undefined;
}) {
  const { open, dots } = voting.state;
  const { t } = useWorkshopText();
  if (!open && !voting.refusal) return null;
  const mine = open ? myDots(voting, map) : [];
  return (
    <div className="ws-live-voting">
      {open && !voting.refusal && (
        <p className="ws-live-voting-hint">
          <strong>{t("vote.open")}</strong>{" "}
          {voting.left > 0 ? t("vote.openHint", { dots }) : t("vote.usedAll")}
        </p>
      )}
      {mine.length > 0 && (
        <ul className="ws-live-my-dots" aria-label={t("vote.yourDots")}>
          {mine.map((card) => (
            <li key={card.id}>
              <span className="ws-live-my-dot-text" title={card.text}>
                {card.text}
              </span>
              <span className="ws-badge">● {card.dots}</span>
              <button
                type="button"
                className="ws-button ws-button-quiet"
                aria-label={t("vote.takeBack", { card: card.text })}
                onClick={() => voting.vote(card.id, -1)}
              >
                −
              </button>
            </li>
          ))}
        </ul>
      )}
      {facilitator && open && (
        <button type="button" className="ws-button ws-live-end" onClick={() => void voting.end()}>
          {t("vote.end")}
        </button>
      )}
      {voting.refusal && (
        <p className="ws-live-refusal" role="alert">
          {voting.refusal}
          <button type="button" className="ws-button ws-button-quiet" onClick={voting.dismiss}>
            OK
          </button>
        </p>
      )}
    </div>
  );
}

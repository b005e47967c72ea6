import { dotsUsed } from "@journeykit/collab";
import type { JourneyMap } from "@journeykit/core";
import { RankedCards } from "../voting/RankedCards";
import { ResetVotes } from "../voting/ResetVotes";
import { votingTally } from "../voting/voting-settings";
import type { LiveVoting } from "./use-live-voting";

/**
 * The facilitator's results of a live dot vote: the round, the cards ranked by the server's totals,
 * and how many dots each participant used (by name), with "Reset votes…".
 */
export function LiveVotingResults({ voting, map }: { voting: LiveVoting; map: JourneyMap }) {
  const { open, dots, ballots } = voting.state;
  const { cast, ranked } = votingTally(map);
  const cards = new Set(map.cards.map((card) => card.id));
  const people = [...ballots.entries()]
    .map(([id, ballot]) => ({
      id,
      name: ballot.name || "Someone",
      used: dotsUsed(ballot, (card) => cards.has(card)),
    }))
    .filter((person) => person.used > 0)
    .sort((a, b) => b.used - a.used || a.name.localeCompare(b.name));
  return (
    <section className="ws-panel" aria-labelledby="live-voting-heading">
      <h2 id="live-voting-heading">Dot voting</h2>
      <p className="ws-panel-hint">
        {open
          ? `Open: ${dots} dots per participant, counted by the server.`
          : ballots.size > 0
            ? "Ended. Start dot voting again to continue with the same ballots."
            : "Not started. Use Start dot voting in the top bar."}
      </p>
      <p className="ws-tally" aria-live="polite" data-testid="live-vote-tally">
        <strong>{cast}</strong> {cast === 1 ? "dot" : "dots"} given by <strong>{people.length}</strong>{" "}
        {people.length === 1 ? "person" : "people"}
      </p>
      <h3>Top voted</h3>
      <RankedCards map={map} ranked={ranked} />
      <h3>Dots used</h3>
      {people.length === 0 ? (
        <p className="ws-empty">Nobody has voted yet.</p>
      ) : (
        <ul className="ws-live-voters" aria-label="Dots used per participant">
          {people.map((person) => (
            <li key={person.id}>
              <span className="ws-live-voter-name">{person.name}</span>
              <span className="ws-live-voter-dots">
                {person.used} of {dots}
              </span>
            </li>
          ))}
        </ul>
      )}
      <ResetVotes count={cast} onReset={() => void voting.reset()} />
    </section>
  );
}

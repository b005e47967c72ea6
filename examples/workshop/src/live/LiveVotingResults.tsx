import { dotsUsed } from "@journeykit/collab";
import type { JourneyMap } from "@journeykit/core";
import { RichText, slot } from "../i18n/RichText";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
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
  const { t } = useWorkshopText();
  const cards = new Set(map.cards.map((card) => card.id));
  const people = [...ballots.entries()]
    .map(([id, ballot]) => ({
      id,
      name: ballot.name || t("vote.someone"),
      used: dotsUsed(ballot, (card) => cards.has(card)),
    }))
    .filter((person) => person.used > 0)
    .sort((a, b) => b.used - a.used || a.name.localeCompare(b.name));
  return (
    <section className="ws-panel" aria-labelledby="live-voting-heading">
      <h2 id="live-voting-heading">{t("voting.heading")}</h2>
      <p className="ws-panel-hint">
        {open
          ? t("vote.openState", { dots })
          : ballots.size > 0
            ? t("vote.endedState")
            : t("vote.notStarted")}
      </p>
      <p className="ws-tally" aria-live="polite" data-testid="live-vote-tally">
        <RichText
          text={t("vote.tally", {
            cast: slot("cast"),
            dotWord: t("vote.dot", { count: cast }),
            people: slot("people"),
            personWord: t("vote.person", { count: people.length }),
          })}
          parts={{ cast: <strong>{cast}</strong>, people: <strong>{people.length}</strong> }}
        />
      </p>
      <h3>{t("voting.top")}</h3>
      <RankedCards map={map} ranked={ranked} />
      <h3>{t("vote.dotsUsed")}</h3>
      {people.length === 0 ? (
        <p className="ws-empty">{t("vote.nobody")}</p>
      ) : (
        <ul className="ws-live-voters" aria-label={t("vote.perParticipant")}>
          {people.map((person) => (
            <li key={person.id}>
              <span className="ws-live-voter-name">{person.name}</span>
              <span className="ws-live-voter-dots">{t("vote.usedOf", { used: person.used, dots })}</span>
            </li>
          ))}
        </ul>
      )}
      <ResetVotes count={cast} onReset={() => void voting.reset()} />
    </section>
  );
}

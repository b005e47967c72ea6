import { type JourneyMap, resetVotes } from "@journeykit/core";
import { RankedCards } from "./RankedCards";
import { ResetVotes } from "./ResetVotes";
import { votingTally, withVotingSettings } from "./voting-settings";

/**
 * Dot voting for the room: how many people vote and with how many dots, what is left, the cards the
 * room voted up, and a reset (asks first).
 */
export function VotingPanel({ map, onChange }: { map: JourneyMap; onChange: (map: JourneyMap) => void }) {
  const { settings, cast, budget, remaining, ranked } = votingTally(map);
  const setNumber = (key: "participants" | "dotsPerParticipant", value: number) => {
    if (Number.isInteger(value) && value > 0 && value <= 1000)
      onChange(withVotingSettings(map, { ...settings, [key]: value }));
  };

  return (
    <section className="ws-panel" aria-labelledby="voting-heading">
      <h2 id="voting-heading">Dot voting</h2>
      <p className="ws-panel-hint">Click the dot on a pain point or opportunity card to give it a vote.</p>
      <div className="ws-field-row">
        <label>
          Participants
          <input
            type="number"
            min={1}
            max={1000}
            value={settings.participants}
            onChange={(event) => setNumber("participants", event.target.valueAsNumber)}
          />
        </label>
        <label>
          Dots each
          <input
            type="number"
            min={1}
            max={1000}
            value={settings.dotsPerParticipant}
            onChange={(event) => setNumber("dotsPerParticipant", event.target.valueAsNumber)}
          />
        </label>
      </div>
      <p className="ws-tally" aria-live="polite" data-testid="vote-tally">
        <strong>{cast}</strong> of {budget} dots used · <strong>{remaining}</strong> left
        {cast > budget && <span className="ws-warning"> · {cast - budget} more than the room has</span>}
      </p>
      <meter min={0} max={budget} value={Math.min(cast, budget)} aria-label="Dots used" />
      <h3>Top voted</h3>
      <RankedCards map={map} ranked={ranked} />
      <ResetVotes count={cast} onReset={() => onChange(resetVotes(map, {}))} />
    </section>
  );
}

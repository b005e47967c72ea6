import { type JourneyMap, resetVotes } from "@journeykit/core";
import { RichText, slot } from "../i18n/RichText";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import { RankedCards } from "./RankedCards";
import { ResetVotes } from "./ResetVotes";
import { votingTally, withVotingSettings } from "./voting-settings";
import "./voting.css";

/**
 * Dot voting for the room: how many people vote and with how many dots, what is left, the cards the
 * room voted up, and a reset (asks first).
 */
export function VotingPanel({ map, onChange }: { map: JourneyMap; onChange: (map: JourneyMap) => void }) {
  const { settings, cast, budget, remaining, ranked } = votingTally(map);
  const { t } = useWorkshopText();
  const setNumber = (key: "participants" | "dotsPerParticipant", value: number) => {
    if (Number.isInteger(value) && value > 0 && value <= 1000)
      onChange(withVotingSettings(map, { ...settings, [key]: value }));
  };

  return (
    <section className="ws-panel" aria-labelledby="voting-heading">
      <h2 id="voting-heading">{t("voting.heading")}</h2>
      <p className="ws-panel-hint">{t("voting.hint")}</p>
      <div className="ws-field-row">
        <label>
          {t("voting.participants")}
          <input
            type="number"
            min={1}
            max={1000}
            value={settings.participants}
            onChange={(event) => setNumber("participants", event.target.valueAsNumber)}
          />
        </label>
        <label>
          {t("voting.dotsEach")}
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
        <RichText
          text={t("voting.tally", { cast: slot("cast"), budget, remaining: slot("remaining") })}
          parts={{ cast: <strong>{cast}</strong>, remaining: <strong>{remaining}</strong> }}
        />
        {cast > budget && <span className="ws-warning">{t("voting.over", { count: cast - budget })}</span>}
      </p>
      <meter min={0} max={budget} value={Math.min(cast, budget)} aria-label={t("voting.dotsUsed")} />
      <h3>{t("voting.top")}</h3>
      <RankedCards map={map} ranked={ranked} />
      <ResetVotes count={cast} onReset={() => onChange(resetVotes(map, {}))} />
    </section>
  );
}

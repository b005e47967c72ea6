import type { JourneyMap } from "@journeykit/core";
import { useMemo } from "react";
import { QuoteText } from "../evidence/QuoteText";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";

/** "Voice of the customer": the map's quotes stage by stage, each coloured by its sentiment. */
export function VoiceOfCustomer({
  map,
  onFocusStage,
}: {
  map: JourneyMap;
  onFocusStage: (stageId: string) => void;
}) {
  const groups = useMemo(() => {
    const byStage = map.stages
      .map((stage) => ({ stage, quotes: map.quotes.filter((q) => q.stageId === stage.id) }))
      .filter((g) => g.quotes.length > 0);
    const elsewhere = map.quotes.filter((q) => !map.stages.some((s) => s.id === q.stageId));
    return { byStage, elsewhere };
  }, [map]);
  const { t } = useWorkshopText();
  return (
    <>
      <h3 id="insights-voice">{t("insights.voice")}</h3>
      {map.quotes.length === 0 ? (
        <p className="ws-empty">{t("insights.voiceNone")}</p>
      ) : (
        <ul className="ws-voice-list" aria-labelledby="insights-voice" data-testid="voice-of-customer">
          {groups.byStage.map(({ stage, quotes }) => (
            <li
              key={stage.id}
              className="ws-voice-stage"
              aria-label={t("insights.quotesOf", { stage: stage.name })}
            >
              <button type="button" className="ws-link-button" onClick={() => onFocusStage(stage.id)}>
                {stage.name} <small>({quotes.length})</small>
              </button>
              {quotes.map((quote) => (
                <QuoteText key={quote.id} quote={quote} />
              ))}
            </li>
          ))}
          {groups.elsewhere.length > 0 && (
            <li className="ws-voice-stage" aria-label={t("insights.quotesNowhere")}>
              <strong>{t("insights.onNoStage")}</strong>
              {groups.elsewhere.map((quote) => (
                <QuoteText key={quote.id} quote={quote} />
              ))}
            </li>
          )}
        </ul>
      )}
    </>
  );
}

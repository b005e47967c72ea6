import { type JourneyMap, metricFigure, metricOwnerFigure, quoteCount } from "@journeykit/core";
import { assumptionGaps } from "@journeykit/evidence";
import { useMemo } from "react";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import { disagreementWords } from "./feeling-words";

/**
 * "Where the data disagrees": the stages where the room's score lies outside the measured feeling's 95%
 * interval, each said with its numbers ("the room: +1; customers: −1.2 ±0.7, from NPS −39 ±24, n=51").
 */
export function DataDisagreement({
  map,
  onFocusStage,
}: {
  map: JourneyMap;
  onFocusStage: (stageId: string) => void;
}) {
  const gaps = useMemo(() => assumptionGaps(map), [map]);
  const text = useWorkshopText();
  const { t, labels } = text;
  const measured = map.emotions.some((e) => e.evidence === "measured");
  const personaName = (id: string) => map.personas.find((p) => p.id === id)?.name ?? "";
  const several = map.personas.length > 1;
  return (
    <>
      <h3 id="insights-gaps">{t("insights.gaps")}</h3>
      {gaps.length === 0 ? (
        <p className="ws-empty">{measured ? t("insights.gapsAgree") : t("insights.gapsNone")}</p>
      ) : (
        <ol className="ws-insight-list" aria-labelledby="insights-gaps">
          {gaps.map((gap) => (
            <li key={`${gap.personaId}/${gap.stageId}`} data-testid="assumption-gap">
              <button type="button" className="ws-link-button" onClick={() => onFocusStage(gap.stageId)}>
                {gap.stageName}
                {several ? ` · ${personaName(gap.personaId)}` : ""}
              </button>
              <small data-testid="assumption-gap-summary">
                {t(gap.gap < 0 ? "insights.feelWorse" : "insights.feelBetter", {
                  summary: gap.feeling ? disagreementWords(gap.assumed, gap.feeling, text) : gap.summary,
                })}
              </small>
              {gap.evidence.metrics.length > 0 && (
                <small className="ws-gap-figures">
                  {gap.evidence.metrics.map((m) => (
                    <span key={m.id}>
                      {m.touchpointId === undefined
                        ? metricFigure(m, labels)
                        : metricOwnerFigure(map, m, labels)}
                    </span>
                  ))}
                </small>
              )}
              {gap.evidence.quotes[0] && (
                <small className="ws-gap-quote">
                  “{gap.evidence.quotes[0].text}” ({quoteCount(gap.evidence.quotes.length, labels)})
                </small>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

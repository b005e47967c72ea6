import { type JourneyMap, metricFigure, metricOwnerFigure } from "@journeykit/core";
import { assumptionGaps } from "@journeykit/evidence";
import { useMemo } from "react";

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
  const measured = map.emotions.some((e) => e.evidence === "measured");
  const personaName = (id: string) => map.personas.find((p) => p.id === id)?.name ?? "";
  const several = map.personas.length > 1;
  return (
    <>
      <h3 id="insights-gaps">Where the data disagrees</h3>
      {gaps.length === 0 ? (
        <p className="ws-empty">
          {measured
            ? "At every measured stage the room's score lies within what customers' ratings allow."
            : "No measured feelings yet: Add evidence from a survey or review export to compare."}
        </p>
      ) : (
        <ol className="ws-insight-list" aria-labelledby="insights-gaps">
          {gaps.map((gap) => (
            <li key={`${gap.personaId}/${gap.stageId}`} data-testid="assumption-gap">
              <button type="button" className="ws-link-button" onClick={() => onFocusStage(gap.stageId)}>
                {gap.stageName}
                {several ? ` · ${personaName(gap.personaId)}` : ""}
              </button>
              <small data-testid="assumption-gap-summary">
                Customers feel {gap.gap < 0 ? "worse" : "better"} than the room assumed: {gap.summary}
              </small>
              {gap.evidence.metrics.length > 0 && (
                <small className="ws-gap-figures">
                  {gap.evidence.metrics.map((m) => (
                    <span key={m.id}>
                      {m.touchpointId === undefined
                        ? metricFigure(m, { locale: map.locale })
                        : metricOwnerFigure(map, m, { locale: map.locale })}
                    </span>
                  ))}
                </small>
              )}
              {gap.evidence.quotes[0] && (
                <small className="ws-gap-quote">
                  “{gap.evidence.quotes[0].text}” ({gap.evidence.quotes.length} quote
                  {gap.evidence.quotes.length === 1 ? "" : "s"})
                </small>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

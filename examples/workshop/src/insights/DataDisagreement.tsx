import type { JourneyMap } from "@journeykit/core";
import { assumptionGaps } from "@journeykit/evidence";
import { useMemo } from "react";
import { metricFigure } from "../evidence/metric-figure";

const signed = (n: number) => `${n > 0 ? "+" : n < 0 ? "-" : ""}${Math.abs(Number(n.toFixed(1)))}`;

/** "Where the data disagrees": the stages where the room's curve and the measured one differ by 2 or more. */
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
            ? "The room's curve and the measured one agree within 2 points at every stage."
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
              <small>
                assumed {signed(gap.assumed)} · measured {signed(gap.measured)} · customers feel{" "}
                {gap.gap < 0 ? "worse" : "better"} by {Math.abs(Number(gap.gap.toFixed(1)))}
              </small>
              {gap.evidence.metrics.length > 0 && (
                <small className="ws-gap-figures">
                  {gap.evidence.metrics.map((m) => (
                    <span key={m.id}>{metricFigure(m)}</span>
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

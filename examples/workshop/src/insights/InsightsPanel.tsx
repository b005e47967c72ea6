import { type JourneyMap, momentsAtRisk, painHotspots } from "@journeykit/core";
import { useMemo } from "react";
import { DataDisagreement } from "./DataDisagreement";
import { MeasuredByStage } from "./MeasuredByStage";
import { VoiceOfCustomer } from "./VoiceOfCustomer";
import "./insights.css";

const signed = (n: number | null) => (n === null ? "no score" : `${n > 0 ? "+" : ""}${Number(n.toFixed(1))}`);

/**
 * Where the journey hurts: where the data disagrees with the room, moments of truth at risk and pain
 * hotspots (core's analytics), and the customers' own words.
 */
export function InsightsPanel({
  map,
  onFocusStage,
}: {
  map: JourneyMap;
  onFocusStage: (stageId: string) => void;
}) {
  const risks = useMemo(() => momentsAtRisk(map), [map]);
  const hotspots = useMemo(() => painHotspots(map).slice(0, 5), [map]);
  return (
    <section id="ws-insights" className="ws-panel" aria-labelledby="insights-heading" tabIndex={-1}>
      <h2 id="insights-heading">Insights</h2>
      <p className="ws-panel-hint">Click an entry to jump to its stage.</p>
      <DataDisagreement map={map} onFocusStage={onFocusStage} />
      <h3>Moments of truth at risk</h3>
      {risks.length === 0 ? (
        <p className="ws-empty">No important moment is failing or negative. </p>
      ) : (
        <ol className="ws-insight-list" aria-label="Moments of truth at risk">
          {risks.map((r) => (
            <li key={r.moment.id}>
              <button type="button" className="ws-link-button" onClick={() => onFocusStage(r.moment.stageId)}>
                {r.moment.title}
              </button>
              <small>
                {r.moment.kind} · {r.stageName} · importance {r.moment.importance} · risk {r.risk} ·{" "}
                {r.reasons.join("; ")}
              </small>
            </li>
          ))}
        </ol>
      )}
      <h3>Pain hotspots</h3>
      {hotspots.length === 0 ? (
        <p className="ws-empty">No pain points or negative stages yet.</p>
      ) : (
        <ol className="ws-insight-list" aria-label="Pain hotspots">
          {hotspots.map((h) => (
            <li key={h.stageId}>
              <button type="button" className="ws-link-button" onClick={() => onFocusStage(h.stageId)}>
                {h.stageName}
              </button>
              <small>
                heat {h.heat} · emotion {signed(h.emotion)} · {h.painPoints} pain point
                {h.painPoints === 1 ? "" : "s"} (severity {h.severity}) · importance {h.importance}
              </small>
            </li>
          ))}
        </ol>
      )}
      <MeasuredByStage map={map} onFocusStage={onFocusStage} />
      <VoiceOfCustomer map={map} onFocusStage={onFocusStage} />
    </section>
  );
}

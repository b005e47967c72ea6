import { type JourneyMap, momentsAtRisk, painHotspots } from "@journeykit/core";
import { useMemo } from "react";

const signed = (n: number | null) => (n === null ? "no score" : `${n > 0 ? "+" : ""}${Number(n.toFixed(1))}`);

/** Where the journey hurts: moments of truth at risk and pain hotspots, from core's analytics. */
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
    <section className="ws-panel" aria-labelledby="insights-heading">
      <h2 id="insights-heading">Insights</h2>
      <p className="ws-panel-hint">Click an entry to jump to its stage.</p>
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
    </section>
  );
}

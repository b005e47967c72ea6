import { compareMaps, type JourneyMap } from "@journeykit/core";
import { useEffect, useMemo, useState } from "react";
import { useLibrary } from "../storage/library-context";
import type { MapSummary } from "../storage/map-library";

const signed = (n: number | null) => (n === null ? "–" : `${n > 0 ? "+" : ""}${Number(n.toFixed(1))}`);

/** Current state vs future state: pick another stored map and see per-stage changes. */
export function CompareView({ map }: { map: JourneyMap }) {
  const library = useLibrary();
  const [others, setOthers] = useState<MapSummary[]>([]);
  const [otherId, setOtherId] = useState("");
  const [other, setOther] = useState<JourneyMap | null>(null);
  useEffect(() => {
    void library.list().then(({ maps }) => setOthers(maps.filter((m) => m.id !== map.id)));
  }, [library, map.id]);
  useEffect(() => {
    if (!otherId) return setOther(null);
    void library.load(otherId).then((m) => setOther(m ?? null));
  }, [library, otherId]);
  const [current, future] = map.state === "future" && other ? [other, map] : [map, other];
  const diff = useMemo(() => (current && future ? compareMaps(current, future) : null), [current, future]);

  return (
    <section className="ws-panel" aria-labelledby="compare-heading">
      <h2 id="compare-heading">Current vs future</h2>
      <p className="ws-panel-hint">Compare this map with another one (e.g. a future-state copy).</p>
      <label className="ws-field-row">
        <span>Compare with</span>
        <select value={otherId} onChange={(event) => setOtherId(event.target.value)}>
          <option value="">Choose a map…</option>
          {others.map((m) => (
            <option key={m.id} value={m.id}>
              {m.title} ({m.state})
            </option>
          ))}
        </select>
      </label>
      {diff && (
        <>
          <p className="ws-tally">
            Mean emotion change{" "}
            <strong className={(diff.meanEmotionDelta ?? 0) >= 0 ? "ws-delta-up" : "ws-delta-down"}>
              {signed(diff.meanEmotionDelta)}
            </strong>{" "}
            · {diff.painPointsRemoved} pain points removed · {diff.painPointsAdded} added
          </p>
          <table className="ws-compare-table">
            <thead>
              <tr>
                <th>Stage</th>
                <th>Emotion</th>
                <th>Pain points</th>
              </tr>
            </thead>
            <tbody>
              {diff.stages.map((s) => (
                <tr key={`${s.currentStageId}-${s.futureStageId}`}>
                  <td>{s.name}</td>
                  <td>
                    {s.emotions.map((e) => (
                      <div key={e.persona}>
                        {e.persona}: {signed(e.current)} → {signed(e.future)}{" "}
                        {e.delta !== null && (
                          <span className={e.delta >= 0 ? "ws-delta-up" : "ws-delta-down"}>
                            ({signed(e.delta)})
                          </span>
                        )}
                      </div>
                    ))}
                  </td>
                  <td>
                    {s.painPointsRemoved.length > 0 && (
                      <div className="ws-delta-up">−{s.painPointsRemoved.length} removed</div>
                    )}
                    {s.painPointsAdded.length > 0 && (
                      <div className="ws-delta-down">+{s.painPointsAdded.length} new</div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

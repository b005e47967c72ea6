import { compareMaps, formatNumber, type JourneyMap } from "@journeykit/core";
import { useEffect, useMemo, useState } from "react";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import { useLibrary } from "../storage/library-context";
import type { MapSummary } from "../storage/map-library";
import "./compare.css";

/** Current state vs future state: pick another stored map and see per-stage changes. */
export function CompareView({ map }: { map: JourneyMap }) {
  const library = useLibrary();
  const { t, locale } = useWorkshopText();
  const signed = (n: number | null) =>
    n === null ? "–" : formatNumber(n, { locale, digits: 1, signed: true });
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
      <h2 id="compare-heading">{t("compare.heading")}</h2>
      <p className="ws-panel-hint">{t("compare.hint")}</p>
      <label className="ws-field-row">
        <span>{t("compare.with")}</span>
        <select value={otherId} onChange={(event) => setOtherId(event.target.value)}>
          <option value="">{t("compare.choose")}</option>
          {others.map((m) => (
            <option key={m.id} value={m.id}>
              {m.title} ({t(m.state === "future" ? "compare.future" : "compare.current")})
            </option>
          ))}
        </select>
      </label>
      {diff && (
        <>
          <p className="ws-tally">
            {t("compare.meanChange")}{" "}
            <strong className={(diff.meanEmotionDelta ?? 0) >= 0 ? "ws-delta-up" : "ws-delta-down"}>
              {signed(diff.meanEmotionDelta)}
            </strong>{" "}
            {t("compare.painSummary", { removed: diff.painPointsRemoved, added: diff.painPointsAdded })}
          </p>
          <table className="ws-compare-table">
            <thead>
              <tr>
                <th>{t("compare.stage")}</th>
                <th>{t("compare.emotion")}</th>
                <th>{t("compare.painPoints")}</th>
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
                      <div className="ws-delta-up">
                        {t("compare.removed", { count: s.painPointsRemoved.length })}
                      </div>
                    )}
                    {s.painPointsAdded.length > 0 && (
                      <div className="ws-delta-down">
                        {t("compare.added", { count: s.painPointsAdded.length })}
                      </div>
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

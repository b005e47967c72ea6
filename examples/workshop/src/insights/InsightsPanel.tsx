import { formatNumber, type JourneyMap, momentsAtRisk, painHotspots } from "@journeykit/core";
import { useMemo } from "react";
import { DataDisagreement } from "./DataDisagreement";
import { MeasuredByStage } from "./MeasuredByStage";
import { VoiceOfCustomer } from "./VoiceOfCustomer";
import "./insights.css";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import { riskReasons } from "./feeling-words";

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
  const text = useWorkshopText();
  const { t, locale } = text;
  const signed = (n: number | null) =>
    n === null ? t("insights.noScore") : formatNumber(n, { locale, digits: 1, signed: true });
  return (
    <section id="ws-insights" className="ws-panel" aria-labelledby="insights-heading" tabIndex={-1}>
      <h2 id="insights-heading">{t("insights.heading")}</h2>
      <p className="ws-panel-hint">{t("insights.hint")}</p>
      <DataDisagreement map={map} onFocusStage={onFocusStage} />
      <h3>{t("insights.risks")}</h3>
      {risks.length === 0 ? (
        <p className="ws-empty">{t("insights.risksNone")}</p>
      ) : (
        <ol className="ws-insight-list" aria-label={t("insights.risks")}>
          {risks.map((r) => (
            <li key={r.moment.id}>
              <button type="button" className="ws-link-button" onClick={() => onFocusStage(r.moment.stageId)}>
                {r.moment.title}
              </button>
              <small>
                {t("insights.riskLine", {
                  kind: r.moment.kind,
                  stage: r.stageName,
                  importance: r.moment.importance,
                  risk: r.risk,
                  reasons: riskReasons(r, text).join("; "),
                })}
              </small>
            </li>
          ))}
        </ol>
      )}
      <h3>{t("insights.hotspots")}</h3>
      {hotspots.length === 0 ? (
        <p className="ws-empty">{t("insights.hotspotsNone")}</p>
      ) : (
        <ol className="ws-insight-list" aria-label={t("insights.hotspots")}>
          {hotspots.map((h) => (
            <li key={h.stageId}>
              <button type="button" className="ws-link-button" onClick={() => onFocusStage(h.stageId)}>
                {h.stageName}
              </button>
              <small>
                {t("insights.hotspotLine", {
                  count: h.painPoints,
                  heat: h.heat,
                  emotion: signed(h.emotion),
                  severity: h.severity,
                  importance: h.importance,
                })}
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

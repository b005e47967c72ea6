import { type JourneyMap, type Metric, metricFigure } from "@journeykit/core";
import { useMemo } from "react";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";

/** Metrics that came from data (they name a source), in the order the Insights panel lists them. */
const ORDER = ["NPS", "CSAT", "CES", "custom", "sentiment"];

/** "Measured per stage": each stage's metrics from imported evidence, with n and the 95% margin. */
export function MeasuredByStage({
  map,
  onFocusStage,
}: {
  map: JourneyMap;
  onFocusStage: (stageId: string) => void;
}) {
  const rows = useMemo(() => {
    const measured = (m: Metric) => m.sourceId !== undefined && m.touchpointId === undefined;
    const sorted = (metrics: Metric[]) =>
      [...metrics].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
    return map.stages
      .map((stage) => ({
        stage,
        metrics: sorted(map.metrics.filter((m) => measured(m) && m.stageId === stage.id)),
      }))
      .filter((row) => row.metrics.length > 0);
  }, [map]);
  const { t, labels } = useWorkshopText();
  if (rows.length === 0) return null;
  return (
    <>
      <h3 id="insights-measured">{t("insights.measured")}</h3>
      <ol className="ws-insight-list" aria-labelledby="insights-measured" data-testid="measured-by-stage">
        {rows.map(({ stage, metrics }) => (
          <li key={stage.id}>
            <button type="button" className="ws-link-button" onClick={() => onFocusStage(stage.id)}>
              {stage.name}
            </button>
            {metrics.map((metric) => (
              <small key={metric.id}>{metricFigure(metric, labels)}</small>
            ))}
          </li>
        ))}
      </ol>
    </>
  );
}

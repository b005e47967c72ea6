import type { Metric } from "@journeykit/core";
import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import type { MetricNode } from "./build-nodes.js";

const SPARK_WIDTH = 36;
const SPARK_HEIGHT = 12;

/** "n=140 ±4": the sample size and 95% margin of a metric computed from data, when it has them. */
function evidenceText(metric: Metric | undefined): string | undefined {
  if (!metric) return undefined;
  const parts: string[] = [];
  if (metric.sampleSize !== undefined) parts.push(`n=${metric.sampleSize}`);
  if (metric.marginOfError !== undefined) parts.push(`±${Number(metric.marginOfError.toFixed(1))}`);
  return parts.length > 0 ? parts.join(" ") : undefined;
}

/** Every date and value of a series: "2026-01-01: 30, 2026-02-01: 32". */
function seriesText(series: NonNullable<Metric["series"]>): string {
  return series.map((p) => `${p.date.slice(0, 10)}: ${p.value}`).join(", ");
}

/** A tiny line of a metric's dated series (two points or more), titled with every date and value. */
function Sparkline({ series }: { series: NonNullable<Metric["series"]> }) {
  const values = series.map((p) => p.value);
  const min = Math.min(...values);
  const span = Math.max(...values) - min || 1;
  const points = series
    .map((p, i) => {
      const x = (i / (series.length - 1)) * (SPARK_WIDTH - 2) + 1;
      const y = SPARK_HEIGHT - 1 - ((p.value - min) / span) * (SPARK_HEIGHT - 2);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(" ");
  const title = seriesText(series);
  return (
    <svg
      className="jk-metric-sparkline"
      width={SPARK_WIDTH}
      height={SPARK_HEIGHT}
      viewBox={`0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}`}
      role="img"
      aria-label={`Over time: ${title}`}
    >
      <title>{`Over time: ${title}`}</title>
      <polyline points={points} />
    </svg>
  );
}

/**
 * A metric badge where the layout placed it (stage header or metrics lane); the full text on hover and
 * focus. A metric computed from data shows its sample size and margin ("n=140 ±4") and, with a dated
 * series of two points or more, a sparkline.
 */
export const MetricNodeView = memo(function MetricNodeView({ data }: NodeProps<MetricNode>) {
  const { badge } = data;
  const store = useStoreApi();
  const selected = useJourneyMapStore((s) => s.selection?.kind === "metric" && s.selection.id === badge.id);
  const metric = useJourneyMapStore((s) => s.map.metrics.find((m) => m.id === badge.id));
  const evidence = evidenceText(metric);
  const series = metric?.series && metric.series.length >= 2 ? metric.series : undefined;
  const hasEvidence = evidence !== undefined || series !== undefined;
  const fullText = evidence ? `${badge.fullText} (${evidence})` : badge.fullText;
  return (
    <button
      type="button"
      className={`jk-metric nodrag${hasEvidence ? " jk-metric--evidence" : ""}${badge.belowTarget ? " jk-metric--below" : ""}${selected ? " jk-metric--selected" : ""}`}
      data-metric-id={badge.id}
      aria-pressed={selected}
      title={fullText}
      data-tip={fullText}
      onClick={() => store.getState().select({ kind: "metric", id: badge.id })}
    >
      <span className="jk-sr-only">
        {`Metric ${fullText}${badge.belowTarget ? ", below target" : ""}${series ? `, over time: ${seriesText(series)}` : ""}`}
      </span>
      {hasEvidence ? (
        <span aria-hidden="true">
          <span className="jk-metric-label">{badge.label}</span>
          <strong className="jk-metric-value">{badge.value}</strong>
          {evidence && <span className="jk-metric-evidence">{evidence}</span>}
          {series && <Sparkline series={series} />}
        </span>
      ) : (
        <span aria-hidden="true">
          {badge.label} <strong>{badge.value}</strong>
        </span>
      )}
    </button>
  );
});

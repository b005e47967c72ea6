import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { useEditorText } from "../hooks/useEditorText.js";
import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";
import { useStoreApi } from "../hooks/useStoreApi.js";
import type { MetricNode } from "./build-metric-nodes.js";
import { MeasuredMark } from "./MeasuredMark.js";

/**
 * A metric where the layout placed it (a stage header's list, under its touchpoint, the whole-journey
 * strip, the metrics lane): core's figure ("NPS +32 ±6 · n=1,412"), the trend when it fits, the
 * measured mark on a metric computed from data; everything (owner, trend, target, "measured from 301
 * responses (survey.csv)" or "typed") on hover, focus and for screen readers. The texts come from the
 * layout, so the view does no work per metric beyond drawing them.
 */
export const MetricNodeView = memo(function MetricNodeView({ data }: NodeProps<MetricNode>) {
  const { badge } = data;
  const store = useStoreApi();
  const { t } = useEditorText();
  const selected = useJourneyMapStore((s) => s.selection?.kind === "metric" && s.selection.id === badge.id);
  const trend = badge.trend && badge.showTrend ? badge.trend : undefined;
  return (
    <button
      type="button"
      className={`jk-metric nodrag jk-metric--${badge.place}${badge.measured ? " jk-metric--measured" : ""}${badge.belowTarget ? " jk-metric--below" : ""}${selected ? " jk-metric--selected" : ""}`}
      data-metric-id={badge.id}
      data-stage-id={badge.stageId}
      aria-pressed={selected}
      title={badge.fullText}
      data-tip={badge.fullText}
      onClick={() => store.getState().select({ kind: "metric", id: badge.id })}
    >
      <span className="jk-sr-only">{t("metricBadge.label", { text: badge.fullText })}</span>
      <span className="jk-metric-body" aria-hidden="true">
        {badge.measured && <MeasuredMark />}
        <span className="jk-metric-text">{badge.text}</span>
        {trend && <span className={`jk-metric-trend jk-metric-trend--${trend.direction}`}>{trend.text}</span>}
      </span>
    </button>
  );
});

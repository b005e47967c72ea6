import { coreTranslator } from "@journeykit/core";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import type { SlideMetric } from "./stage-slide";

/** A slide's metrics as a row of figures, measured ones marked and explained on hover and focus. */
export function SlideMetrics({ metrics, label }: { metrics: readonly SlideMetric[]; label: string }) {
  const { t, labels } = useWorkshopText();
  if (metrics.length === 0) return null;
  return (
    <ul className="ws-slide-metrics" aria-label={label}>
      {metrics.map((m) => (
        <li key={m.metric.id} className={m.measured ? "ws-slide-metric is-measured" : "ws-slide-metric"}>
          <span className="ws-slide-metric-figure">{m.figure}</span>
          <span className="ws-slide-metric-detail">
            {m.measured
              ? coreTranslator(labels).t("metric.measured", { detail: m.detail })
              : t("slide.typed")}
          </span>
        </li>
      ))}
    </ul>
  );
}

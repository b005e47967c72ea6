import { coreTranslator } from "../i18n/core-catalogue.js";
import type { JourneyMap } from "../records/journey-map.js";
import type { Metric } from "../records/metric.js";
import type { LabelOptions } from "./format-number.js";

/** Where a metric's value came from: computed from imported data, or typed by a person. */
export interface MetricProvenance {
  /** True when computed from a source the map holds (`sourceId`): an evidence import. */
  measured: boolean;
  /** The marker: "measured" or "typed". */
  marker: "measured" | "typed";
  /**
   * What it came from, in core's words (`options.messages`): "from 301 responses (survey.csv)",
   * "from survey.csv"; "typed" for a typed one.
   */
  detail: string;
}

/**
 * Whether a metric was measured (computed from data by an import: it names a `Source` of the map) or
 * typed, and what it came from: the number of responses and the source's name.
 *
 * @example
 * metricProvenance(map, { kind: "NPS", value: 19, sampleSize: 301, sourceId: "src1" });
 * // { measured: true, marker: "measured", detail: "from 301 responses (survey.csv)" }
 */
export function metricProvenance(
  map: Pick<JourneyMap, "sources">,
  metric: Pick<Metric, "sourceId" | "sampleSize" | "source">,
  options: LabelOptions = {},
): MetricProvenance {
  const source =
    metric.sourceId === undefined ? undefined : map.sources.find((s) => s.id === metric.sourceId);
  const { t } = coreTranslator(options);
  if (!source) return { measured: false, marker: "typed", detail: t("metric.typed") };
  const name = source.name || metric.source || "";
  const detail =
    metric.sampleSize === undefined
      ? t("metric.fromSource", { source: name })
      : `${t("metric.fromResponses", { count: metric.sampleSize })}${name ? ` (${name})` : ""}`;
  return { measured: true, marker: "measured", detail };
}

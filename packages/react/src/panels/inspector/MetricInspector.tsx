import {
  changeMetricKind,
  METRIC_KINDS,
  METRIC_RANGES,
  type Metric,
  metricLabel,
  removeMetric,
  updateMetric,
} from "@journeykit/core";
import { NumberField, SelectField, TextField } from "../../fields/fields.js";
import { fieldLabel } from "../../i18n/field-label.js";
import { opts, Section, useInspector } from "./inspector-parts.js";

/** Edits a metric; values outside the kind's range are refused with a message. */
export function MetricInspector({ metric }: { metric: Metric }) {
  const { dispatch, stageOptions, t, text } = useInspector();
  const range = METRIC_RANGES[metric.kind];
  const set = (changes: Partial<typeof metric>) => dispatch(updateMetric, { id: metric.id, changes });
  return (
    <Section title={t("record.metric")} onDelete={() => dispatch(removeMetric, { id: metric.id })}>
      <SelectField
        label={t("field.kind")}
        value={metric.kind}
        options={opts(METRIC_KINDS, (kind) =>
          kind === "custom" ? t("inspector.metricKind.custom") : metricLabel({ kind }, text.labels),
        )}
        onChange={(kind) => kind && set(changeMetricKind(metric, kind))}
      />
      <TextField
        {...fieldLabel(t, "field.label")}
        value={metric.label ?? ""}
        onCommit={(label) => set({ label: label || undefined })}
      />
      <NumberField
        {...fieldLabel(t, "field.value")}
        value={metric.value}
        {...(range ?? {})}
        onCommit={(value) => value !== undefined && set({ value })}
      />
      <NumberField
        {...fieldLabel(t, "field.target")}
        value={metric.target}
        {...(range ?? {})}
        optional
        onCommit={(target) => set({ target })}
      />
      <NumberField
        {...fieldLabel(t, "field.sampleSize")}
        value={metric.sampleSize}
        min={0}
        max={1e9}
        step={1}
        optional
        onCommit={(sampleSize) => set({ sampleSize })}
      />
      <TextField
        {...fieldLabel(t, "field.source")}
        value={metric.source ?? ""}
        onCommit={(source) => set({ source: source || undefined })}
      />
      <SelectField
        label={t("record.stage")}
        value={metric.stageId}
        none={text.core("metric.wholeJourney")}
        options={stageOptions}
        onChange={(stageId) => set({ stageId, touchpointId: undefined })}
      />
    </Section>
  );
}

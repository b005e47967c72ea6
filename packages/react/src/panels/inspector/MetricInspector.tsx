import {
  changeMetricKind,
  METRIC_KINDS,
  METRIC_RANGES,
  type Metric,
  removeMetric,
  updateMetric,
} from "@journeykit/core";
import { NumberField, SelectField, TextField } from "../../fields/fields.js";
import { opts, Section, useInspector } from "./inspector-parts.js";

/** Edits a metric; values outside the kind's range are refused with a message. */
export function MetricInspector({ metric }: { metric: Metric }) {
  const { dispatch, stageOptions } = useInspector();
  const range = METRIC_RANGES[metric.kind];
  const set = (changes: Partial<typeof metric>) => dispatch(updateMetric, { id: metric.id, changes });
  return (
    <Section title="Metric" onDelete={() => dispatch(removeMetric, { id: metric.id })}>
      <SelectField
        label="Kind"
        value={metric.kind}
        options={opts(METRIC_KINDS)}
        onChange={(kind) => kind && set(changeMetricKind(metric, kind))}
      />
      <TextField
        label="Label"
        value={metric.label ?? ""}
        onCommit={(label) => set({ label: label || undefined })}
      />
      <NumberField
        label="Value"
        value={metric.value}
        {...(range ?? {})}
        onCommit={(value) => value !== undefined && set({ value })}
      />
      <NumberField
        label="Target"
        value={metric.target}
        {...(range ?? {})}
        optional
        onCommit={(target) => set({ target })}
      />
      <NumberField
        label="Sample size"
        value={metric.sampleSize}
        min={0}
        max={1e9}
        step={1}
        optional
        onCommit={(sampleSize) => set({ sampleSize })}
      />
      <TextField
        label="Source"
        value={metric.source ?? ""}
        onCommit={(source) => set({ source: source || undefined })}
      />
      <SelectField
        label="Stage"
        value={metric.stageId}
        none="Whole journey"
        options={stageOptions}
        onChange={(stageId) => set({ stageId, touchpointId: undefined })}
      />
    </Section>
  );
}

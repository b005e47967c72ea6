import type { Draft } from "immer";
import type { JourneyMap } from "../records/journey-map.js";
import { type Metric, metricSchema } from "../records/metric.js";
import { defineAdd, defineUpdate, type RemoveArgs, refs } from "./collection-operations.js";
import { defineOperation } from "./define-operation.js";
import { indexById } from "./record-changes.js";

const metricReferencesExist = (draft: Draft<JourneyMap>, m: Metric) =>
  refs.stage(draft, m.stageId) &&
  refs.touchpoint(draft, m.touchpointId, m.stageId) &&
  refs.source(draft, m.sourceId);

/** Add a metric; values outside the kind's range are refused. @example addMetric(map, { record: createMetric({ kind: "NPS", value: 12 }) }) */
export const addMetric = defineAdd("addMetric", "metrics", metricSchema, metricReferencesExist);

/** Change a metric; a value outside the kind's range leaves it unchanged. @example updateMetric(map, { id, changes: { value: 64 } }) */
export const updateMetric = defineUpdate("updateMetric", "metrics", metricSchema, metricReferencesExist);

/** Remove a metric. @example removeMetric(map, { id }) */
export const removeMetric = defineOperation("removeMetric", (draft, { id }: RemoveArgs) => {
  const index = indexById(draft.metrics, id);
  if (index >= 0) draft.metrics.splice(index, 1);
});

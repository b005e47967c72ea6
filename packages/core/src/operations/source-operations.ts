import { sourceSchema } from "../records/source.js";
import { defineAdd, defineUpdate, type RemoveArgs } from "./collection-operations.js";
import { defineOperation } from "./define-operation.js";
import { indexById } from "./record-changes.js";

/** Add a source of evidence. @example addSource(map, { record: createSource({ kind: "survey", name: "March survey" }) }) */
export const addSource = defineAdd("addSource", "sources", sourceSchema, () => true);

/** Change a source. @example updateSource(map, { id, changes: { rowCount: 2400 } }) */
export const updateSource = defineUpdate("updateSource", "sources", sourceSchema, () => true);

/**
 * Remove a source: the metrics and quotes computed from it stay, no longer naming it.
 *
 * @example
 * removeSource(map, { id: source.id });
 */
export const removeSource = defineOperation("removeSource", (draft, { id }: RemoveArgs) => {
  const index = indexById(draft.sources, id);
  if (index < 0) return;
  draft.sources.splice(index, 1);
  for (const record of [...draft.metrics, ...draft.quotes]) {
    if (record.sourceId === id) delete record.sourceId;
  }
});

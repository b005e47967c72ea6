import { createId } from "../ids.js";
import { LIMITS } from "../limits.js";
import { stageSchema } from "../records/stage.js";
import { defineAdd, defineUpdate, type RemoveArgs } from "./collection-operations.js";
import { defineOperation } from "./define-operation.js";
import { moveItem, plainCopy } from "./record-changes.js";

/** Add a stage (a column). @example addStage(map, { record: createStage({ name: "Pay" }), index: 2 }) */
export const addStage = defineAdd("addStage", "stages", stageSchema, () => true);

/** Rename or describe a stage. @example updateStage(map, { id, changes: { name: "Order" } }) */
export const updateStage = defineUpdate("updateStage", "stages", stageSchema, () => true);

/**
 * Remove a stage with everything in it: touchpoints, cards, emotion points, moments of truth, and
 * the metrics and quotes of the stage or its touchpoints.
 *
 * @example
 * removeStage(map, { id: stage.id });
 */
export const removeStage = defineOperation("removeStage", (draft, { id }: RemoveArgs) => {
  if (!draft.stages.some((s) => s.id === id)) return;
  const touchpoints = new Set(draft.touchpoints.filter((t) => t.stageId === id).map((t) => t.id));
  draft.stages = draft.stages.filter((s) => s.id !== id);
  draft.touchpoints = draft.touchpoints.filter((t) => t.stageId !== id);
  draft.cards = draft.cards.filter((c) => c.stageId !== id);
  draft.emotions = draft.emotions.filter((e) => e.stageId !== id);
  draft.momentsOfTruth = draft.momentsOfTruth.filter((m) => m.stageId !== id);
  const outside = (r: { stageId?: string; touchpointId?: string }) =>
    r.stageId !== id && (r.touchpointId === undefined || !touchpoints.has(r.touchpointId));
  draft.metrics = draft.metrics.filter(outside);
  if (!draft.quotes.every(outside)) draft.quotes = draft.quotes.filter(outside);
});

/** Reorder stages. @example moveStage(map, { id, toIndex: 0 }) */
export const moveStage = defineOperation(
  "moveStage",
  (draft, { id, toIndex }: { id: string; toIndex: number }) => {
    moveItem(
      draft.stages,
      draft.stages.findIndex((s) => s.id === id),
      toIndex,
    );
  },
);

/**
 * Duplicate a stage with its touchpoints, cards, emotion points, moments of truth and metrics (new
 * ids), right after the original. Quotes stay with the original stage: a customer said them once. Refused when a kind would pass `LIMITS.maxRecordsPerKind`.
 *
 * @example
 * duplicateStage(map, { id: stage.id });
 */
export const duplicateStage = defineOperation("duplicateStage", (draft, { id }: { id: string }) => {
  const index = draft.stages.findIndex((s) => s.id === id);
  const stage = draft.stages[index];
  if (!stage) return;
  // Refused when a copied kind would pass LIMITS.maxRecordsPerKind.
  const over = (list: readonly { stageId?: string }[]) =>
    list.length + list.filter((r) => r.stageId === id).length > LIMITS.maxRecordsPerKind;
  if (draft.stages.length >= LIMITS.maxRecordsPerKind) return;
  if ([draft.touchpoints, draft.cards, draft.emotions, draft.momentsOfTruth, draft.metrics].some(over))
    return;
  const copyId = createId("stage");
  const touchpointIds = new Map<string, string>();
  const copyTouchpoint = (tp: string | undefined) => (tp === undefined ? undefined : touchpointIds.get(tp));
  const withTouchpoint = <T extends { touchpointId?: string }>(record: T): T => {
    const copy = { ...record };
    const mapped = copyTouchpoint(record.touchpointId);
    if (mapped === undefined) delete copy.touchpointId;
    else copy.touchpointId = mapped;
    return copy;
  };
  // "(copy)" is added when the name stays within LIMITS.maxNameLength.
  const copyName = `${stage.name} (copy)`;
  const name = copyName.length <= LIMITS.maxNameLength ? copyName : stage.name;
  draft.stages.splice(index + 1, 0, { ...plainCopy(stage), id: copyId, name });
  for (const tp of draft.touchpoints.filter((t) => t.stageId === id)) {
    const newId = createId("tp");
    touchpointIds.set(tp.id, newId);
    draft.touchpoints.push({ ...plainCopy(tp), id: newId, stageId: copyId });
  }
  for (const card of draft.cards.filter((c) => c.stageId === id)) {
    draft.cards.push(withTouchpoint({ ...plainCopy(card), id: createId("card"), stageId: copyId }));
  }
  for (const point of draft.emotions.filter((e) => e.stageId === id)) {
    draft.emotions.push(withTouchpoint({ ...plainCopy(point), id: createId("emo"), stageId: copyId }));
  }
  for (const moment of draft.momentsOfTruth.filter((m) => m.stageId === id)) {
    draft.momentsOfTruth.push(withTouchpoint({ ...plainCopy(moment), id: createId("mot"), stageId: copyId }));
  }
  for (const metric of draft.metrics.filter((m) => m.stageId === id)) {
    draft.metrics.push(withTouchpoint({ ...plainCopy(metric), id: createId("metric"), stageId: copyId }));
  }
});

import { touchpointSchema } from "../records/touchpoint.js";
import { defineAdd, defineUpdate, type RemoveArgs, refs } from "./collection-operations.js";
import { defineOperation } from "./define-operation.js";
import { insertAt } from "./record-changes.js";

/** Add a touchpoint to a stage. @example addTouchpoint(map, { record: createTouchpoint({ stageId, name: "App" }) }) */
export const addTouchpoint = defineAdd(
  "addTouchpoint",
  "touchpoints",
  touchpointSchema,
  (draft, t) => refs.stage(draft, t.stageId) && refs.personas(draft, t.personaIds),
);

/**
 * Change a touchpoint's name, channel, owner, description or personas (its stage changes with
 * `moveTouchpoint`). @example updateTouchpoint(map, { id, changes: { channel: "in-store" } })
 */
export const updateTouchpoint = defineUpdate(
  "updateTouchpoint",
  "touchpoints",
  touchpointSchema,
  (draft, t) => refs.personas(draft, t.personaIds),
  ["stageId"],
);

/** Detach every card, moment, metric and quote from a touchpoint, and drop its emotion points. */
function detach(
  draft: Parameters<typeof removeTouchpoint.recipe>[0],
  id: string,
  { keepEmotions }: { keepEmotions: boolean },
) {
  for (const record of [...draft.cards, ...draft.momentsOfTruth, ...draft.metrics, ...draft.quotes]) {
    if (record.touchpointId === id) delete record.touchpointId;
  }
  if (!keepEmotions && draft.emotions.some((e) => e.touchpointId === id)) {
    draft.emotions = draft.emotions.filter((e) => e.touchpointId !== id);
  }
}

/**
 * Remove a touchpoint: cards, moments, metrics and quotes are detached from it; its emotion points go.
 * A metric or quote of the touchpoint alone stays on the touchpoint's stage.
 *
 * @example
 * removeTouchpoint(map, { id: tp.id });
 */
export const removeTouchpoint = defineOperation("removeTouchpoint", (draft, { id }: RemoveArgs) => {
  const touchpoint = draft.touchpoints.find((t) => t.id === id);
  if (!touchpoint) return;
  for (const record of [...draft.metrics, ...draft.quotes]) {
    if (record.touchpointId === id && record.stageId === undefined) record.stageId = touchpoint.stageId;
  }
  detach(draft, id, { keepEmotions: false });
  draft.touchpoints = draft.touchpoints.filter((t) => t.id !== id);
});

/**
 * Move a touchpoint to another stage (and position among that stage's touchpoints). Records of the
 * old stage that referred to it are detached; its emotion points go.
 *
 * @example
 * moveTouchpoint(map, { id: tp.id, stageId: pay.id });
 */
export const moveTouchpoint = defineOperation(
  "moveTouchpoint",
  (draft, { id, stageId, index }: { id: string; stageId: string; index?: number }) => {
    const from = draft.touchpoints.findIndex((t) => t.id === id);
    const touchpoint = draft.touchpoints[from];
    if (!touchpoint || typeof stageId !== "string" || !refs.stage(draft, stageId)) return;
    if (touchpoint.stageId !== stageId) {
      detach(draft, id, { keepEmotions: false });
      for (const record of [...draft.metrics, ...draft.quotes])
        if (record.touchpointId === id) delete record.touchpointId;
    }
    const [moved] = draft.touchpoints.splice(from, 1);
    if (!moved) return;
    moved.stageId = stageId;
    const inStage = draft.touchpoints.map((t, i) => [t, i] as const).filter(([t]) => t.stageId === stageId);
    const before = index === undefined ? undefined : inStage[index]?.[1];
    const after = inStage.at(-1)?.[1];
    insertAt(draft.touchpoints, moved, before ?? (after === undefined ? undefined : after + 1));
  },
);

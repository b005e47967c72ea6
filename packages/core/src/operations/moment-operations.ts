import type { Draft } from "immer";
import type { JourneyMap } from "../records/journey-map.js";
import { type MomentOfTruth, momentOfTruthSchema } from "../records/moment-of-truth.js";
import { defineAdd, defineUpdate, type RemoveArgs, refs } from "./collection-operations.js";
import { defineOperation } from "./define-operation.js";
import { indexById } from "./record-changes.js";

const momentReferencesExist = (draft: Draft<JourneyMap>, m: MomentOfTruth) =>
  refs.stage(draft, m.stageId) &&
  refs.touchpoint(draft, m.touchpointId, m.stageId) &&
  refs.personas(draft, m.personaIds);

/** Flag a moment of truth. @example addMomentOfTruth(map, { record: createMomentOfTruth({ stageId, title: "Cold dish" }) }) */
export const addMomentOfTruth = defineAdd(
  "addMomentOfTruth",
  "momentsOfTruth",
  momentOfTruthSchema,
  momentReferencesExist,
);

/** Change a moment of truth. @example updateMomentOfTruth(map, { id, changes: { outcome: "fail" } }) */
export const updateMomentOfTruth = defineUpdate(
  "updateMomentOfTruth",
  "momentsOfTruth",
  momentOfTruthSchema,
  momentReferencesExist,
);

/** Remove a moment of truth. @example removeMomentOfTruth(map, { id }) */
export const removeMomentOfTruth = defineOperation("removeMomentOfTruth", (draft, { id }: RemoveArgs) => {
  const index = indexById(draft.momentsOfTruth, id);
  if (index >= 0) draft.momentsOfTruth.splice(index, 1);
});

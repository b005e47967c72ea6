import { laneSchema } from "../records/lane.js";
import { defineAdd, defineUpdate, type RemoveArgs } from "./collection-operations.js";
import { defineOperation } from "./define-operation.js";
import { moveItem } from "./record-changes.js";

/** Add a lane (a row). @example addLane(map, { record: createLane({ kind: "painPoints" }) }) */
export const addLane = defineAdd("addLane", "lanes", laneSchema, () => true);

/** Rename a lane or change its kind. @example updateLane(map, { id, changes: { title: "Doing" } }) */
export const updateLane = defineUpdate("updateLane", "lanes", laneSchema, () => true);

/** Remove a lane and its cards. @example removeLane(map, { id: lane.id }) */
export const removeLane = defineOperation("removeLane", (draft, { id }: RemoveArgs) => {
  if (!draft.lanes.some((l) => l.id === id)) return;
  draft.lanes = draft.lanes.filter((l) => l.id !== id);
  if (draft.cards.some((c) => c.laneId === id)) draft.cards = draft.cards.filter((c) => c.laneId !== id);
});

/** Reorder lanes. @example moveLane(map, { id, toIndex: 0 }) */
export const moveLane = defineOperation(
  "moveLane",
  (draft, { id, toIndex }: { id: string; toIndex: number }) => {
    moveItem(
      draft.lanes,
      draft.lanes.findIndex((l) => l.id === id),
      toIndex,
    );
  },
);

import type { Patch } from "immer";
import type { Issue } from "../parse/issue.js";
import type { JourneyMap } from "../records/journey-map.js";
import { carryCardCells } from "./card-cells.js";
import { directEditOf, isArgs, type Operation } from "./define-operation.js";
import { immer } from "./immer-instance.js";
import { carryIdPositions } from "./record-changes.js";
import { collectRefusals } from "./refusal.js";

/** The result of an operation with the patches that redo and undo it. */
export interface AppliedOperation {
  map: JourneyMap;
  patches: Patch[];
  inversePatches: Patch[];
  /** Why the operation left the map unchanged, when it refused the edit (each with a path). */
  refused?: Issue[];
}

/**
 * Run an operation and return the new map with its immer patches (what the history records, and what
 * a collaboration binding would send).
 *
 * @example
 * const { map: next, patches, inversePatches } = applyOperation(map, addCard, { record: card });
 * history.record({ patches, inversePatches });
 */
export function applyOperation<A>(map: JourneyMap, operation: Operation<A>, args: A): AppliedOperation {
  const direct = directEditOf(operation);
  if (direct) {
    const [edited, refused] = collectRefusals(() => (isArgs(args) ? direct(map, args) : undefined));
    if (edited) {
      carryIdPositions(map, edited.map);
      carryCardCells(map, edited.map, edited.patches);
      return edited;
    }
    return refused.length > 0
      ? { map, patches: [], inversePatches: [], refused }
      : { map, patches: [], inversePatches: [] };
  }
  const [[next, patches, inversePatches], refused] = collectRefusals(() =>
    immer.produceWithPatches(map, (draft) => {
      operation.recipe(draft, args);
    }),
  );
  carryIdPositions(map, next);
  carryCardCells(map, next, patches);
  return next === map && refused.length > 0
    ? { map: next, patches, inversePatches, refused }
    : { map: next, patches, inversePatches };
}

import type { Draft, Patch } from "immer";
import { carryDocumentIndex } from "../document-index/document-index.js";
import type { Issue } from "../parse/issue.js";
import type { JourneyMap } from "../records/journey-map.js";
import { directEditOf, isArgs, type Operation } from "./define-operation.js";
import { immer } from "./immer-instance.js";
import { collectRefusals } from "./refusal.js";

/** The result of an operation with the patches that redo and undo it. */
export interface AppliedOperation {
  map: JourneyMap;
  patches: Patch[];
  inversePatches: Patch[];
  /** Why the operation left the map unchanged, when it refused the edit (each with a path). */
  refused?: Issue[];
}

/** How `applyOperation` runs an operation. */
export interface ApplyOptions {
  /**
   * Stamp the map's `updatedAt` when the operation changes it, in the same pass: the stamp's patch is
   * among the operation's (one undo step), and an operation that changes nothing stamps nothing.
   */
  stamp?: { updatedAt: string };
}

/**
 * Run an operation and return the new map with its immer patches (what the history records, and what
 * a collaboration binding would send). With `stamp`, an edit also sets `updatedAt`, in the same pass.
 *
 * @example
 * const { map: next, patches, inversePatches } = applyOperation(map, addCard, { record: card });
 * history.record({ patches, inversePatches });
 * applyOperation(map, addCard, { record: card }, { stamp: { updatedAt: new Date().toISOString() } });
 */
export function applyOperation<A>(
  map: JourneyMap,
  operation: Operation<A>,
  args: A,
  options: ApplyOptions = {},
): AppliedOperation {
  const applied = directEditOf(operation)
    ? applyDirect(map, operation, args, options.stamp)
    : applyRecipe(map, operation, args, options.stamp);
  if (applied.map !== map) {
    carryDocumentIndex(map, applied.map, applied.patches);
  }
  return applied;
}

/** The unchanged map, with the reasons it was refused when there are any. */
function unchanged(map: JourneyMap, refused: Issue[]): AppliedOperation {
  return refused.length > 0
    ? { map, patches: [], inversePatches: [], refused }
    : { map, patches: [], inversePatches: [] };
}

/** Runs an operation's direct edit (no immer), then stamps its result. */
function applyDirect<A>(
  map: JourneyMap,
  operation: Operation<A>,
  args: A,
  stamp: ApplyOptions["stamp"],
): AppliedOperation {
  const direct = directEditOf(operation)!;
  const [edited, refused] = collectRefusals(() => (isArgs(args) ? direct(map, args) : undefined));
  if (!edited) return unchanged(map, refused);
  if (!stamp || edited.map.updatedAt === stamp.updatedAt) return edited;
  const path = ["updatedAt"];
  return {
    map: { ...edited.map, updatedAt: stamp.updatedAt },
    patches: [...edited.patches, { op: "replace", path, value: stamp.updatedAt }],
    inversePatches: [{ op: "replace", path, value: edited.map.updatedAt }, ...edited.inversePatches],
  };
}

/** Runs an operation's immer recipe, and the stamp in the same draft when the recipe changed the map. */
function applyRecipe<A>(
  map: JourneyMap,
  operation: Operation<A>,
  args: A,
  stamp: ApplyOptions["stamp"],
): AppliedOperation {
  let stampedOnly = false;
  const [[next, patches, inversePatches], refused] = collectRefusals(() =>
    immer.produceWithPatches(map, (draft: Draft<JourneyMap>) => {
      operation.recipe(draft, args);
      if (!stamp) return;
      const ownStamp = draft.updatedAt !== map.updatedAt;
      draft.updatedAt = stamp.updatedAt;
      stampedOnly = !ownStamp;
    }),
  );
  // The recipe changed nothing when the stamp's is the only patch (and the recipe left `updatedAt` be).
  if (stampedOnly && patches.length === 1 && isStampPatch(patches[0]!)) return unchanged(map, refused);
  if (next === map) return unchanged(map, refused);
  return { map: next, patches, inversePatches };
}

const isStampPatch = (patch: Patch): boolean => patch.path.length === 1 && patch.path[0] === "updatedAt";

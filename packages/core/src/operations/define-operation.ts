import type { Draft, Patch } from "immer";
import { carryDocumentIndex } from "../document-index/document-index.js";
import type { JourneyMap } from "../records/journey-map.js";
import { immer } from "./immer-instance.js";

/**
 * An edit of a map: callable as a pure function `(map, args) => map` that never mutates its input
 * (and returns the same object when nothing changes), with its immer `recipe` so the editor and the
 * history can run it with `produceWithPatches`. An operation never makes a map invalid: an edit whose
 * result would not validate is refused, and the map is returned unchanged (no patches).
 */
export interface Operation<A> {
  (map: JourneyMap, args: A): JourneyMap;
  /** A stable name, e.g. `"addCard"`. */
  readonly opName: string;
  /** The edit as an immer recipe on a draft of the map. */
  readonly recipe: (draft: Draft<JourneyMap>, args: A) => void;
}

/**
 * An operation's edit computed without immer, with the patches immer would give (or equivalent ones):
 * for edits whose immer patches would cost a pass over a 10,000-record list. `undefined` when the edit
 * changes nothing.
 */
export type DirectEdit<A> = (
  map: JourneyMap,
  args: A,
) => { map: JourneyMap; patches: Patch[]; inversePatches: Patch[] } | undefined;

const directEdits = new WeakMap<object, DirectEdit<never>>();

/** The direct form of an operation, when it has one (`applyOperation` prefers it to the recipe). */
export const directEditOf = <A>(operation: Operation<A>): DirectEdit<A> | undefined =>
  directEdits.get(operation) as DirectEdit<A> | undefined;

/** Arguments are always an object: anything else (null, a number) is refused, leaving the map as is. */
export const isArgs = (args: unknown): boolean => typeof args === "object" && args !== null;

/**
 * Define an operation from an immer recipe (and, optionally, the same edit computed directly with its
 * patches, which must leave the map exactly as the recipe does).
 *
 * @example
 * const rename = defineOperation("rename", (draft, args: { title: string }) => {
 *   draft.title = args.title;
 * });
 * const next = rename(map, { title: "Checkout" });
 */
export function defineOperation<A>(
  name: string,
  recipe: (draft: Draft<JourneyMap>, args: A) => void,
  direct?: DirectEdit<A>,
): Operation<A> {
  const guarded = (draft: Draft<JourneyMap>, args: A) => {
    if (isArgs(args)) recipe(draft, args);
  };
  const operation = (map: JourneyMap, args: A): JourneyMap => {
    if (direct) {
      const edited = isArgs(args) ? direct(map, args) : undefined;
      if (!edited) return map;
      carryDocumentIndex(map, edited.map, edited.patches);
      return edited.map;
    }
    const next = immer.produce(map, (draft) => {
      guarded(draft, args);
    });
    carryDocumentIndex(map, next);
    return next;
  };
  const defined = Object.assign(operation, { opName: name, recipe: guarded });
  if (direct) directEdits.set(defined, direct as DirectEdit<never>);
  return defined;
}

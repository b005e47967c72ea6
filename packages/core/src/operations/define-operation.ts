import type { Draft } from "immer";
import type { JourneyMap } from "../records/journey-map.js";
import { immer } from "./immer-instance.js";
import { carryIdPositions } from "./record-changes.js";

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
 * Define an operation from an immer recipe.
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
): Operation<A> {
  // Arguments are always an object: anything else (null, a number) is refused, leaving the map as is.
  const guarded = (draft: Draft<JourneyMap>, args: A) => {
    if (typeof args === "object" && args !== null) recipe(draft, args);
  };
  const operation = (map: JourneyMap, args: A): JourneyMap => {
    const next = immer.produce(map, (draft) => {
      guarded(draft, args);
    });
    carryIdPositions(map, next);
    return next;
  };
  return Object.assign(operation, { opName: name, recipe: guarded });
}

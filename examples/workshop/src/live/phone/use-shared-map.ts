import type { CollaborationAdapter } from "@journeykit/collab";
import { type AppliedOperation, applyOperation, type JourneyMap, type Operation } from "@journeykit/core";
import { useReducer, useSyncExternalStore } from "react";

/** The room's map and the one way a view without the editor changes it. */
export interface SharedMap {
  /** The shared map now; undefined while the room is still empty. */
  map: JourneyMap | undefined;
  /**
   * Run a core operation on the shared map and hand it to the room as one edit (one undo step, as the
   * editor's own edits): the desktop editors see it at once. The result says what it refused, if it did.
   */
  edit<A>(operation: Operation<A>, args: A): AppliedOperation | undefined;
}

/** The parts of a collaboration adapter a map view reads and writes through. */
export type SharedMapSource = Pick<CollaborationAdapter, "getMap" | "subscribe" | "applyLocal">;

/**
 * The shared map of a collaboration adapter, for a view that is not `<JourneyMapEditor>`: other
 * people's edits arrive through `subscribe`; this view's own go through `applyLocal`, exactly as the
 * editor's do (the server drops them from a read-only connection).
 */
export function useSharedMap(adapter: SharedMapSource): SharedMap {
  const map = useSyncExternalStore(adapter.subscribe, adapter.getMap);
  // applyLocal does not call the adapter's listeners (the editor shows its own edit): read it again.
  const [, showEdit] = useReducer((n: number) => n + 1, 0);
  return {
    map,
    edit(operation, args) {
      const before = adapter.getMap();
      if (!before) return undefined;
      const result = applyOperation(before, operation, args);
      if (result.map !== before) {
        adapter.applyLocal(before, result.map, result.patches);
        showEdit();
      }
      return result;
    },
  };
}

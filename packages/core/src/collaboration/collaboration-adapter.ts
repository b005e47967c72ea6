import type { JourneyMap } from "../records/journey-map.js";

// The collaboration contract, declared once: `@journeykit/collab`'s `createCollabAdapter` and
// `joinRoom` return a `CollaborationAdapter`, and `@journeykit/react`'s editor talks to one (its
// `collaboration` prop), so neither package imports the other and neither core nor react names Yjs.

/**
 * One change of a map as a JSON patch, shaped like immer's `Patch` (so `applyPatches(map, patches)`
 * takes it) without depending on immer.
 */
export interface MapPatch {
  op: "add" | "replace" | "remove";
  path: (string | number)[];
  value?: unknown;
}

/** Where a change the adapter reports came from: another client, or this user's undo / redo. */
export type CollaborationOrigin = "remote" | "undo" | "redo";

/** A change of the shared map the editor did not make itself. */
export interface CollaborationChange {
  origin: CollaborationOrigin;
  /** Patches that turn the previous map (the one last reported or applied) into the new one. */
  patches: MapPatch[];
}

/** A point in map coordinates (the canvas's flow coordinates, not screen pixels). */
export interface MapPoint {
  x: number;
  y: number;
}

/** What one participant shares about themselves. */
export interface PresenceState {
  name: string;
  /** A CSS colour for their pointer and selection outline. */
  colour: string;
  pointer?: MapPoint | null;
  /** Ids of the records they have selected. */
  selection?: string[];
  /** The stage they are looking at (presenter mode, "follow me"). */
  focusedStage?: string | null;
  /**
   * The id of the stage they show in presenter mode, or null when they are not presenting. Kept apart
   * from `focusedStage`, which an editor also rewrites whenever its selection changes.
   */
  presenting?: string | null;
  /** "Follow me" is on while they present: everyone else's screen follows the stage in `presenting`. */
  followMe?: boolean;
  /** The client id of the participant whose presentation they follow, or null. */
  following?: number | null;
  /**
   * Set by journeykit-server from the token the participant connected with, never taken from what
   * their browser sends: true for the workshop's facilitator, absent for everyone else. Only the
   * facilitator may present and ask to be followed (the server drops those fields from anyone else).
   */
  facilitator?: boolean;
}

/** Another participant in the room. */
export interface Peer extends PresenceState {
  /** Their Yjs client id: stable for the session, unique in the room. */
  clientId: number;
}

/** Who else is in the room, and what this user shares. */
export interface CollaborationPresence {
  /** Merge fields into what this user shares (`pointer: null` hides the pointer). */
  setLocal(state: Partial<PresenceState>): void;
  /** Everyone else in the room, by client id. */
  getPeers(): Peer[];
  /** Called with everyone else whenever someone joins, leaves or moves; returns the unsubscribe. */
  subscribe(listener: (peers: Peer[]) => void): () => void;
}

/**
 * A live room's map as the editor talks to it (`<JourneyMapEditor collaboration={adapter}>`). The
 * editor keeps its store as the one source of truth: every local edit it makes is handed to
 * `applyLocal`, and every change it did not make arrives through `subscribe` with patches, like a
 * host-side `value` change. Undo and redo go to the adapter, so each user undoes only their own edits.
 * The host owns it: the editor never calls `destroy`.
 *
 * @example
 * const adapter = createCollabAdapter({ doc, awareness: provider.awareness, user: { name: "Ana", colour: "#e8590c" } });
 * const stop = adapter.subscribe((map, { origin, patches }) => show(map, patches, origin));
 * adapter.applyLocal(before, after, patches); // after each local operation
 */
export interface CollaborationAdapter {
  /** The shared map now (always valid), or undefined while the room is still empty. */
  getMap(): JourneyMap | undefined;
  /** Called with the new map after each change not made through `applyLocal`; returns the unsubscribe. */
  subscribe(listener: (map: JourneyMap, change: CollaborationChange) => void): () => void;
  /**
   * Share a local edit: `previous` is the map the editor showed, `next` the map after its operation,
   * `patches` the operation's patches (they narrow what is compared). One transaction, one undo step;
   * with `merge: true` it joins the previous undo step (a drag in progress, typing into one field).
   * Call it once the editor shows `next`: when `previous` was not the adapter's latest map (a remote
   * change had not been shown yet), listeners are told at once with patches from `next` to the merge.
   * Without `patches` (a host's whole new map), the two maps are compared in full.
   */
  applyLocal(
    previous: JourneyMap,
    next: JourneyMap,
    patches?: readonly MapPatch[],
    options?: { merge?: boolean },
  ): void;
  /** Undo this user's last edit (never another user's); the result arrives through `subscribe`. */
  undo(): void;
  /** Redo this user's last undone edit; the result arrives through `subscribe`. */
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Called when `canUndo` / `canRedo` may have changed; returns the unsubscribe. */
  subscribeHistory(listener: () => void): () => void;
  /** Pointers, selections and names of everyone in the room. */
  presence: CollaborationPresence;
  /** Stop listening and free the undo history (the shared document and its provider stay the caller's). */
  destroy(): void;
}

/**
 * The part of a `CollaborationAdapter` the editor uses: all but `destroy` (the host owns the adapter
 * and ends it), so a host's own adapter need not have one.
 */
export type EditorCollaboration = Omit<CollaborationAdapter, "destroy">;

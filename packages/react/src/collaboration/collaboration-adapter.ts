import type { JourneyMap } from "@journeykit/core";

/**
 * The collaboration contract the editor talks to, declared here structurally so `@journeykit/react`
 * never imports yjs or `@journeykit/collab`. `createCollabAdapter` and `joinRoom` from
 * `@journeykit/collab` return an object of this shape (a type test checks they stay assignable).
 */

/** One change of a map as a JSON patch, shaped like immer's `Patch`. */
export interface CollaborationPatch {
  op: "add" | "replace" | "remove";
  path: (string | number)[];
  value?: unknown;
}

/** A point in the canvas's flow coordinates (map coordinates, not screen pixels). */
export interface CollaborationPoint {
  x: number;
  y: number;
}

/** What one participant shares: name, colour, pointer, selection, the stage they look at. */
export interface CollaborationPresenceState {
  name: string;
  /** A CSS colour for their pointer and selection outline. */
  colour: string;
  pointer?: CollaborationPoint | null;
  selection?: string[];
  focusedStage?: string | null;
}

/** Another participant in the room. */
export interface CollaborationPeer extends CollaborationPresenceState {
  clientId: number;
}

/** Where a change the editor did not make came from: another client, or this user's undo / redo. */
export interface CollaborationChangeInfo {
  origin: "remote" | "undo" | "redo";
  /** Patches turning the map the editor showed into the new one. */
  patches: CollaborationPatch[];
}

/** Who else is in the room, and what this user shares. */
export interface CollaborationPresenceApi {
  setLocal(state: Partial<CollaborationPresenceState>): void;
  getPeers(): CollaborationPeer[];
  subscribe(listener: (peers: CollaborationPeer[]) => void): () => void;
}

/**
 * What `<JourneyMapEditor collaboration={adapter}>` needs: the shared map, changes made elsewhere,
 * a way to share local edits, per-user undo and presence. The host owns it (the editor never calls
 * `destroy`).
 *
 * @example
 * import { joinRoom } from "@journeykit/collab/hocuspocus";
 * const { adapter } = await joinRoom({ url, room, token, user: { name: "Ana", colour: "#e8590c" } });
 * <JourneyMapEditor defaultValue={adapter.getMap() ?? map} collaboration={adapter} />
 */
export interface CollaborationAdapterLike {
  getMap(): JourneyMap | undefined;
  subscribe(listener: (map: JourneyMap, change: CollaborationChangeInfo) => void): () => void;
  applyLocal(
    previous: JourneyMap,
    next: JourneyMap,
    patches?: readonly CollaborationPatch[],
    options?: { merge?: boolean },
  ): void;
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  subscribeHistory(listener: () => void): () => void;
  presence: CollaborationPresenceApi;
}

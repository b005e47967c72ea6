import type {
  CollaborationChange,
  CollaborationPresence,
  EditorCollaboration,
  MapPatch,
  MapPoint,
  Peer,
  PresenceState,
} from "@journeykit/core";

// The collaboration contract is declared once, in `@journeykit/core` (so `@journeykit/react` never
// imports yjs or `@journeykit/collab`): `createCollabAdapter` and `joinRoom` from `@journeykit/collab`
// return an object of this shape (a type test checks they stay assignable). The names below are the
// editor's for the same types.

/** One change of a map as a JSON patch, shaped like immer's `Patch` (core's `MapPatch`). */
export type CollaborationPatch = MapPatch;

/** A point in the canvas's flow coordinates (map coordinates, not screen pixels): core's `MapPoint`. */
export type CollaborationPoint = MapPoint;

/** What one participant shares: name, colour, pointer, selection, the stage they look at (core's `PresenceState`). */
export type CollaborationPresenceState = PresenceState;

/** Another participant in the room (core's `Peer`). */
export type CollaborationPeer = Peer;

/** Where a change the editor did not make came from, with its patches (core's `CollaborationChange`). */
export type CollaborationChangeInfo = CollaborationChange;

/** Who else is in the room, and what this user shares (core's `CollaborationPresence`). */
export type CollaborationPresenceApi = CollaborationPresence;

/**
 * What `<JourneyMapEditor collaboration={adapter}>` needs: the shared map, changes made elsewhere,
 * a way to share local edits, per-user undo and presence (core's `CollaborationAdapter` without
 * `destroy`: the host owns the adapter, the editor never ends it).
 *
 * @example
 * import { joinRoom } from "@journeykit/collab/hocuspocus";
 * const { adapter } = await joinRoom({ url, room, token, user: { name: "Ana", colour: "#e8590c" } });
 * <JourneyMapEditor defaultValue={adapter.getMap() ?? map} collaboration={adapter} />
 */
export type CollaborationAdapterLike = EditorCollaboration;

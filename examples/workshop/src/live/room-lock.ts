import type { JoinedRoom } from "@journeykit/collab/hocuspocus";

/** The room-level settings of a live session, kept in the room's Y.Doc beside the map. */
const SESSION_MAP = "session";
const LOCKED = "locked";

type RoomDoc = JoinedRoom["doc"];

/** Whether the facilitator has locked editing (participants' editors are read-only). */
export function isLocked(doc: RoomDoc): boolean {
  return doc.getMap(SESSION_MAP).get(LOCKED) === true;
}

/** Lock or unlock editing for everyone but the facilitator; shared with the room like any edit. */
export function setLocked(doc: RoomDoc, locked: boolean): void {
  doc.getMap(SESSION_MAP).set(LOCKED, locked);
}

/** Calls `listener` whenever the lock changes (here or from another client); returns the unsubscribe. */
export function watchLock(doc: RoomDoc, listener: (locked: boolean) => void): () => void {
  const session = doc.getMap(SESSION_MAP);
  const observer = () => listener(isLocked(doc));
  session.observe(observer);
  return () => session.unobserve(observer);
}

import { SESSION_MAP } from "@journeykit/collab";
import type { JoinedRoom } from "@journeykit/collab/hocuspocus";

/** The lock, one of the live session's room-level settings (`SESSION_MAP`, beside the map and voting). */
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

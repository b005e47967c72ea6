import type * as Y from "yjs";
import { SESSION_MAP } from "../voting/voting-state.js";

/**
 * The key in `SESSION_MAP` holding the facilitator's lock: `true` while participants may not edit. The
 * journeykit server lets only the facilitator's token write it, and while it is set it drops map
 * edits from every other connection (see `enforceLock` in @journeykit/server).
 */
export const LOCKED_KEY = "locked";

/**
 * Whether the facilitator has locked editing.
 *
 * @example
 * const readOnly = !facilitator && isLocked(room.doc);
 */
export function isLocked(doc: Y.Doc): boolean {
  return doc.getMap<unknown>(SESSION_MAP).get(LOCKED_KEY) === true;
}

/**
 * Lock or unlock editing for everyone but the facilitator; shared with the room like any edit (the
 * server puts it back when anyone else writes it).
 *
 * @example
 * setLocked(room.doc, true);
 */
export function setLocked(doc: Y.Doc, locked: boolean): void {
  doc.getMap<unknown>(SESSION_MAP).set(LOCKED_KEY, locked);
}

/**
 * Call `listener` whenever the lock changes (here or from another client); returns the unsubscribe.
 *
 * @example
 * useEffect(() => watchLock(room.doc, setLocked), [room.doc]);
 */
export function watchLock(doc: Y.Doc, listener: (locked: boolean) => void): () => void {
  const session = doc.getMap<unknown>(SESSION_MAP);
  const observer = (event: Y.YMapEvent<unknown>) => {
    if (event.keysChanged.has(LOCKED_KEY)) listener(isLocked(doc));
  };
  session.observe(observer);
  return () => session.unobserve(observer);
}

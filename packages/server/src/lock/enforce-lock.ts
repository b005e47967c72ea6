import { type Connection, type Document, isTransactionOrigin, OutgoingMessage } from "@hocuspocus/server";
import { isLocked, LOCKED_KEY, SESSION_MAP } from "@journeykit/collab";
import type { RoomClaims } from "../tokens/room-token.js";

/** The origin of the server's own lock writes (putting back a lock someone else changed). */
export const LOCK_ORIGIN = { source: "local", context: { journeykit: "lock" } } as const;

/** The room token a connection opened with (set by the server's onAuthenticate as `context.user`). */
export function connectionClaims(connection: Connection): RoomClaims | undefined {
  return (connection.context as { user?: RoomClaims } | undefined)?.user;
}

/** Whether a token may change the map now: an edit token, and the facilitator's while the room is locked. */
export function mayEdit(claims: RoomClaims | undefined, locked: boolean): boolean {
  return claims?.role === "edit" && (claims.facilitator === true || !locked);
}

/**
 * Make a connection read-only or writable as its token and the lock say. A connection that becomes
 * writable again is sent the server's state vector, so its client answers with what the server does
 * not have yet (edits sent while it was locked, which the server had dropped): they merge now.
 */
export function applyLock(connection: Connection, locked: boolean): void {
  const writable = mayEdit(connectionClaims(connection), locked);
  const wasReadOnly = connection.readOnly;
  connection.readOnly = !writable;
  if (wasReadOnly && writable) {
    const message = new OutgoingMessage(connection.messageAddress)
      .createSyncMessage()
      .writeFirstSyncStepFor(connection.document);
    connection.send(message.toUint8Array());
  }
}

/**
 * Hold a room to the facilitator's lock (`session.locked`): only a facilitator's token may change it
 * (anyone else's write is put back, with `origin`), and while it is set every other connection is
 * read-only, so the server drops their map edits (votes still go through: the server writes those).
 * Call it when the room is loaded, and `applyLock` before each message a connection sends. Returns the
 * function that stops enforcing.
 *
 * @example
 * new Server({
 *   async afterLoadDocument({ document }) { enforceLock(document); },
 *   async beforeHandleMessage({ connection, document }) { applyLock(connection, isLocked(document)); },
 * });
 */
export function enforceLock(document: Document, origin: unknown = LOCK_ORIGIN): () => void {
  const session = document.getMap<unknown>(SESSION_MAP);
  let counted = session.get(LOCKED_KEY);
  const observer = (event: import("yjs").YMapEvent<unknown>) => {
    if (!event.keysChanged.has(LOCKED_KEY)) return;
    const from = event.transaction.origin;
    const writer = isTransactionOrigin(from) && from.source === "connection" ? from.connection : undefined;
    if (writer && connectionClaims(writer)?.facilitator !== true) {
      // After the client's transaction has finished: put the lock back as it was.
      const restore = counted;
      queueMicrotask(() =>
        document.transact(() => {
          if (restore === undefined) session.delete(LOCKED_KEY);
          else session.set(LOCKED_KEY, restore);
        }, origin),
      );
      return;
    }
    counted = session.get(LOCKED_KEY);
    const locked = isLocked(document);
    for (const connection of document.getConnections()) applyLock(connection, locked);
  };
  session.observe(observer);
  return () => session.unobserve(observer);
}

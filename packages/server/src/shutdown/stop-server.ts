import type { Server } from "@hocuspocus/server";
import * as Y from "yjs";
import type { RoomStore } from "../storage/sqlite-store.js";
import type { UnsavedRooms } from "./unsaved-rooms.js";

/** What `stopServer` stops. */
export interface StoppingServer {
  server: Server;
  store: RoomStore;
  /** The rooms with changes not stored yet. */
  unsaved: UnsavedRooms;
  /** Write every open room's JSON snapshot (one room's failure skips that room). */
  snapshotAll(): unknown;
  /**
   * How long Hocuspocus's own shutdown (unloading rooms, Redis's delays and `quit`) may take before the
   * server stops without it (default 1,000 ms). Every room is stored before it starts.
   */
  graceMs?: number;
}

/**
 * Stop a journeykit server promptly without losing an edit: stop accepting connections and close every
 * participant's, store each room with unsaved changes in the SQLite store at once and write every open
 * room's snapshot (so nothing depends on Hocuspocus's debounced stores, or on Redis still answering:
 * with Redis gone its store lock and `quit` never settle), then give Hocuspocus `graceMs` to finish.
 * The caller closes the store after it (which writes the SQLite file).
 *
 * @example
 * await stopServer({ server, store, unsaved, snapshotAll });
 * store.close();
 */
export async function stopServer({
  server,
  store,
  unsaved,
  snapshotAll,
  graceMs = 1_000,
}: StoppingServer): Promise<void> {
  const rooms = unsaved.names();
  // Runs synchronously up to its first wait: the listener is closed, every connection is closed and the
  // debounced stores are started.
  const destroyed = server.destroy();
  for (const room of rooms) {
    const document = server.hocuspocus.documents.get(room);
    if (!document || document.isLoading) continue;
    try {
      store.store(room, Y.encodeStateAsUpdate(document));
      unsaved.stored(room);
    } catch (error) {
      console.error(`room "${room}" not stored: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  snapshotAll();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const grace = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, graceMs);
  });
  await Promise.race([destroyed.catch((error: unknown) => console.error(error)), grace]);
  clearTimeout(timer);
}

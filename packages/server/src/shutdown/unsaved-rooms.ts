import type { Doc } from "yjs";

/** The rooms changed since they were last stored, by name. */
export interface UnsavedRooms {
  /** Follow a room's changes from now on (call once it is loaded, so loading it is no change). */
  watch(room: string, document: Doc): void;
  /** The room's state was just encoded and stored: it is saved until it changes again. */
  stored(room: string): void;
  /** Rooms changed and not stored since. */
  names(): string[];
}

/**
 * What a stop must store: rooms with changes Hocuspocus has not stored yet (its stores are debounced
 * by seconds, and may never run when Redis is gone). Rooms stored already are left alone.
 *
 * @example
 * const unsaved = unsavedRooms();
 * new Server({ async afterLoadDocument({ documentName, document }) { unsaved.watch(documentName, document); } });
 */
export function unsavedRooms(): UnsavedRooms {
  const changed = new Set<string>();
  return {
    watch(room, document) {
      document.on("update", () => changed.add(room));
    },
    stored(room) {
      changed.delete(room);
    },
    names() {
      return [...changed];
    },
  };
}

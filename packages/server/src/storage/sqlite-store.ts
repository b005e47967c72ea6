import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import initSqlJs from "sql.js";

/** Rooms' Yjs states in one SQLite file. */
export interface RoomStore {
  /** The room's stored Yjs state, or null for a new room. */
  fetch(room: string): Uint8Array | null;
  /** Store the room's whole Yjs state (the file is replaced atomically). */
  store(room: string, state: Uint8Array): void;
  /** Every stored room's name. */
  rooms(): string[];
  close(): void;
}

/**
 * Open (or create) the SQLite file holding every room: one table, `rooms(name, state, updated_at)`.
 * SQLite runs as WebAssembly (sql.js): no native build, nothing to install. The file is written at
 * most once per `saveEveryMs` (and on `close`), to a temporary name then renamed, so a crash never
 * leaves half a file; clients resend what a crash lost when they reconnect.
 *
 * @example
 * const store = await openSqliteStore("data/journeykit.sqlite");
 */
export async function openSqliteStore(file: string, saveEveryMs = 500): Promise<RoomStore> {
  const SQL = await initSqlJs();
  let existing: Uint8Array | undefined;
  try {
    existing = readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const db = new SQL.Database(existing);
  db.run(
    "CREATE TABLE IF NOT EXISTS rooms (name TEXT PRIMARY KEY, state BLOB NOT NULL, updated_at TEXT NOT NULL)",
  );
  mkdirSync(dirname(file), { recursive: true });
  const save = () => {
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, db.export());
    renameSync(temporary, file);
  };
  save();
  // The file holds every room: writes are coalesced (at most one per `saveEveryMs`) so many busy rooms
  // never cause a storm of whole-file writes; `close` writes what is pending.
  let pending: ReturnType<typeof setTimeout> | undefined;
  const scheduleSave = () => {
    pending ??= setTimeout(() => {
      pending = undefined;
      save();
    }, saveEveryMs);
  };
  return {
    fetch(room) {
      const result = db.exec("SELECT state FROM rooms WHERE name = ?", [room]);
      const value = result[0]?.values[0]?.[0];
      return value instanceof Uint8Array ? value : null;
    },
    store(room, state) {
      db.run(
        "INSERT INTO rooms (name, state, updated_at) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
        [room, state, new Date().toISOString()],
      );
      scheduleSave();
    },
    rooms() {
      const result = db.exec("SELECT name FROM rooms ORDER BY name");
      return (result[0]?.values ?? []).map((row) => String(row[0]));
    },
    close() {
      if (pending) {
        clearTimeout(pending);
        pending = undefined;
        save();
      }
      db.close();
    },
  };
}

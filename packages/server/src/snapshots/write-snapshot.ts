import { createHash } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { docToMap } from "@journeykit/collab";
import type * as Y from "yjs";
import { ROOM_NAME } from "../tokens/room-token.js";

/**
 * Where a room's JSON snapshot lives in the data folder. The file name is derived from the room, never
 * the room string itself: a room name as the server's tokens allow it (letters, digits, `-`, `_`) is
 * used as it is; any other (a token a host signed itself for `../../x`) becomes `room-<sha256>`, so
 * no room name can reach outside `<data>/snapshots/`.
 *
 * @example
 * snapshotFile("data", "workshop-42"); // "data/snapshots/workshop-42.journey.json"
 * snapshotFile("data", "../../x"); // "data/snapshots/room-5f1d….journey.json"
 */
export const snapshotFile = (dataDir: string, room: string): string => {
  const safe = ROOM_NAME.test(room) ? room : `room-${createHash("sha256").update(room).digest("hex")}`;
  return join(dataDir, "snapshots", `${safe}.journey.json`);
};

/**
 * Write a room's map as a `.journey.json` file into `<data>/snapshots/` (replaced atomically); returns
 * the file, or undefined when the room is empty.
 *
 * @example
 * writeSnapshot("data", "workshop-42", document); // "data/snapshots/workshop-42.journey.json"
 */
export function writeSnapshot(dataDir: string, room: string, doc: Y.Doc): string | undefined {
  const map = docToMap(doc);
  if (!map) return undefined;
  const file = snapshotFile(dataDir, room);
  mkdirSync(join(dataDir, "snapshots"), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(map, null, 2)}\n`);
  renameSync(temporary, file);
  return file;
}

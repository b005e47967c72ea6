import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { docToMap } from "@journeykit/collab";
import type * as Y from "yjs";

/**
 * Where a room's JSON snapshot lives in the data folder.
 *
 * @example
 * snapshotFile("data", "workshop-42"); // "data/snapshots/workshop-42.journey.json"
 */
export const snapshotFile = (dataDir: string, room: string): string =>
  join(dataDir, "snapshots", `${room}.journey.json`);

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

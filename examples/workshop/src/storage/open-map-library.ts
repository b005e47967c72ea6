import { openIndexedDbMapLibrary } from "./indexeddb-map-library";
import type { MapLibrary } from "./map-library";
import { MemoryMapLibrary } from "./memory-map-library";

/**
 * The app's map library, chosen once at start-up: IndexedDB when it opens and answers within
 * `timeoutMs`, otherwise maps in memory, whose `storage.reason` says what went wrong. Never rejects,
 * so the app always starts.
 *
 * @example
 * const library = await openMapLibrary();
 * if (library.storage.kind === "memory") showWarning(library.storage.reason);
 */
export async function openMapLibrary(
  options: { databaseName?: string; timeoutMs?: number } = {},
): Promise<MapLibrary> {
  try {
    return await openIndexedDbMapLibrary(options);
  } catch (error) {
    return new MemoryMapLibrary(error instanceof Error ? error.message : String(error));
  }
}

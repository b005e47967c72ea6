import type { JourneyMap } from "@journeykit/core";
import type { LibraryStorage, MapLibrary } from "./map-library";
import { readStoredMap, summarizeStoredMaps } from "./stored-map";

/**
 * Maps kept only in this tab's memory, for when IndexedDB is missing, blocked or broken: everything
 * works, nothing outlives the tab. Values are stored as structured clones, as IndexedDB would, so a
 * stored map never changes behind the library's back.
 */
export class MemoryMapLibrary implements MapLibrary {
  readonly storage: LibraryStorage;
  private readonly maps = new Map<string, unknown>();
  private seeded = false;

  /** `reason` says why maps are not kept in the browser; the app shows it in its warning. */
  constructor(reason = "maps are kept in memory only") {
    this.storage = { kind: "memory", reason };
  }

  async list() {
    return summarizeStoredMaps(this.maps.entries());
  }

  async load(id: string): Promise<JourneyMap | undefined> {
    const value = this.maps.get(id);
    return readStoredMap(id, value === undefined ? undefined : structuredClone(value));
  }

  async save(map: JourneyMap): Promise<void> {
    this.maps.set(map.id, structuredClone(map));
  }

  async remove(id: string): Promise<void> {
    this.maps.delete(id);
  }

  async seed(map: JourneyMap): Promise<boolean> {
    // No await between the check and the write: concurrent calls cannot both pass the check.
    if (this.seeded) return false;
    this.seeded = true;
    if (this.maps.size > 0) return false;
    this.maps.set(map.id, structuredClone(map));
    return true;
  }
}

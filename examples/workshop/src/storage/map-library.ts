import type { JourneyMap } from "@journeykit/core";

/** What the start screen lists for a stored map. */
export interface MapSummary {
  id: string;
  title: string;
  state: JourneyMap["state"];
  updatedAt: string;
  stages: number;
  cards: number;
}

/** A stored map that no longer parses: kept, never deleted silently, shown with its errors. */
export interface DamagedEntry {
  key: string;
  errors: string[];
}

/**
 * Where a library keeps its maps: in this browser's IndexedDB (they outlive the tab), or only in
 * memory because IndexedDB is missing, blocked or broken (they are gone when the tab closes).
 */
export type LibraryStorage = { kind: "indexeddb" } | { kind: "memory"; reason: string };

/**
 * The consultant's maps, several side by side, keyed by map id. Every read goes through
 * `parseJourneyMap`, so a damaged entry is reported, not loaded half-way. Two implementations:
 * `IndexedDbMapLibrary` and `MemoryMapLibrary`, chosen once at start-up by `openMapLibrary`.
 *
 * @example
 * const library = await openMapLibrary();
 * await library.save(map);
 * const { maps } = await library.list();
 */
export interface MapLibrary {
  readonly storage: LibraryStorage;
  /** Every stored map, newest first, and the entries that could not be read. */
  list(): Promise<{ maps: MapSummary[]; damaged: DamagedEntry[] }>;
  /** The map with this id; undefined when none; rejects when the stored entry is damaged. */
  load(id: string): Promise<JourneyMap | undefined>;
  save(map: JourneyMap): Promise<void>;
  remove(id: string): Promise<void>;
  /**
   * Store `map` only if this library was never seeded and holds nothing, and remember that it was
   * seeded, in one atomic step: concurrent calls store at most one map. Resolves to whether `map`
   * was stored.
   */
  seed(map: JourneyMap): Promise<boolean>;
}

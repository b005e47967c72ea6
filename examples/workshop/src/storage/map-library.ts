import type { JourneyMap } from "@journeykit/core";
import type { Draft } from "@journeykit/react";

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
  /** The stored value as it is, for a repair to work from. */
  value: unknown;
}

/**
 * Where a library keeps its maps: in this browser's IndexedDB (they outlive the tab), or only in
 * memory because IndexedDB is missing, blocked or broken (they are gone when the tab closes).
 */
export type LibraryStorage = { kind: "indexeddb" } | { kind: "memory"; reason: string };

/**
 * The revision stamp stored beside a map (never inside the document): a number that grows by one on
 * every write, and the tab (library instance) that wrote it. A map stored without one is revision 0.
 */
export interface MapRevision {
  number: number;
  writer: string;
}

/** A stored map with the revision it was read at. */
export interface MapVersion {
  map: JourneyMap;
  revision: MapRevision;
}

/**
 * The outcome of a conditional save: stored as the next revision, or refused because another writer
 * stored `current` since the revision this tab expected (nothing was written).
 */
export type SaveOutcome = { ok: true; revision: MapRevision } | { ok: false; current: MapRevision };

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
  /** The map with this id and its revision; undefined when none; rejects when the entry is damaged. */
  loadVersion(id: string): Promise<MapVersion | undefined>;
  /** Store `map` as the next revision, whatever is stored (rename, duplicate, copies of a conflict). */
  save(map: JourneyMap): Promise<MapRevision>;
  /**
   * Compare-and-set, in one transaction: store `map` as revision `expected + 1` only if the stored
   * revision is still `expected` (0 when nothing is stored); otherwise write nothing and report the
   * stored revision. Rejects when storage fails (a full quota: `QuotaExceededError`).
   */
  saveIfUnchanged(map: JourneyMap, expected: number): Promise<SaveOutcome>;
  remove(id: string): Promise<void>;
  /**
   * The text being typed on map `id` when it was last open (cards, renames, Inspector and persona
   * fields not on the map yet), stored beside it; empty when none.
   */
  loadDrafts(id: string): Promise<Draft[]>;
  /** Store the open drafts of map `id` (an empty list removes them). */
  saveDrafts(id: string, drafts: readonly Draft[]): Promise<void>;
  /**
   * Call `listener` when another tab stores a new revision of map `id`; returns a function that stops
   * listening. Maps kept in memory are never shared between tabs, so there it never calls.
   */
  watch(id: string, listener: (revision: MapRevision) => void): () => void;
  /**
   * Store `map` only if this library was never seeded and holds nothing, and remember that it was
   * seeded, in one atomic step: concurrent calls store at most one map. Resolves to whether `map`
   * was stored.
   */
  seed(map: JourneyMap): Promise<boolean>;
}

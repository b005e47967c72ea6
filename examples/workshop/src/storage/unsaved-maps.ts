import type { JourneyMap } from "@journeykit/core";
import type { StorageProblem } from "./storage-problem";

/** A map this tab could not store, with the revision its edits started from. */
export interface UnsavedMap {
  map: JourneyMap;
  /** The stored revision the edits started from; 0 for a map never stored. */
  base: number;
  /** Why it is not stored, when known (a full quota). */
  problem?: StorageProblem;
}

/**
 * Work this tab holds but could not store: a new or opened map under a full quota, edits whose save
 * failed, a conflict left unresolved. It lives as long as the tab, so leaving a map's screen never
 * drops edits: opening the map again in this tab shows them, and the start screen lists them. Also
 * remembers the last writes of map screens being closed, so reopening a map waits for them.
 */
export class UnsavedMaps {
  private readonly entries = new Map<string, UnsavedMap>();
  private readonly closing = new Map<string, Promise<unknown>>();
  private readonly listeners = new Set<() => void>();
  private snapshot: readonly UnsavedMap[] = [];

  get(id: string): UnsavedMap | undefined {
    return this.entries.get(id);
  }

  /** Every map held, newest edit first; the same array until something changes. */
  list = (): readonly UnsavedMap[] => this.snapshot;

  keep(entry: UnsavedMap): void {
    this.entries.set(entry.map.id, entry);
    this.changed();
  }

  /** The map is stored now (or was deliberately replaced): stop holding it. */
  release(id: string): void {
    if (this.entries.delete(id)) this.changed();
  }

  /** A map screen is closing and still writing: `writes` settles when it is done. */
  closingWrites(id: string, writes: Promise<unknown>): void {
    const settled = writes.then(
      () => {},
      () => {},
    );
    this.closing.set(id, settled);
    void settled.then(() => {
      if (this.closing.get(id) === settled) this.closing.delete(id);
    });
  }

  /** Resolves once the writes of a closing screen of map `id` are done. */
  async settled(id: string): Promise<void> {
    await this.closing.get(id);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed() {
    this.snapshot = [...this.entries.values()].sort((a, b) => b.map.updatedAt.localeCompare(a.map.updatedAt));
    for (const listener of this.listeners) listener();
  }
}

import { type JourneyMap, parseJourneyMap } from "@journeykit/core";
import { createStore, del, get, set, type UseStore, values } from "idb-keyval";

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
 * The consultant's maps in IndexedDB, several side by side, keyed by map id. Every read goes through
 * `parseJourneyMap`, so a damaged entry is reported, not loaded half-way.
 */
export class MapLibrary {
  private readonly store: UseStore;

  constructor(databaseName = "journeykit-workshop") {
    this.store = createStore(databaseName, "maps");
  }

  async list(): Promise<{ maps: MapSummary[]; damaged: DamagedEntry[] }> {
    const maps: MapSummary[] = [];
    const damaged: DamagedEntry[] = [];
    for (const value of await values<unknown>(this.store)) {
      const result = parseJourneyMap(value);
      if (!result.ok) {
        const key = typeof value === "object" && value && "id" in value ? String(value.id) : "(unknown)";
        damaged.push({ key, errors: result.errors.map((e) => `${e.path}: ${e.message}`) });
        continue;
      }
      const map = result.map;
      maps.push({
        id: map.id,
        title: map.title,
        state: map.state,
        updatedAt: map.updatedAt,
        stages: map.stages.length,
        cards: map.cards.length,
      });
    }
    maps.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { maps, damaged };
  }

  async load(id: string): Promise<JourneyMap | undefined> {
    const value = await get<unknown>(id, this.store);
    if (value === undefined) return undefined;
    const result = parseJourneyMap(value);
    if (!result.ok) {
      throw new Error(
        `Stored map ${id} is damaged: ${result.errors.map((e) => `${e.path}: ${e.message}`).join("; ")}`,
      );
    }
    return result.map;
  }

  async save(map: JourneyMap): Promise<void> {
    await set(map.id, map, this.store);
  }

  async remove(id: string): Promise<void> {
    await del(id, this.store);
  }
}

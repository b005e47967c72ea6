import { type JourneyMap, parseJourneyMap } from "@journeykit/core";
import type { DamagedEntry, MapSummary } from "./map-library";

const describeErrors = (errors: readonly { path: string; message: string }[]) =>
  errors.map((e) => `${e.path}: ${e.message}`);

/** The start screen's listing of stored values: summaries newest first, damaged entries apart. */
export function summarizeStoredMaps(entries: Iterable<[key: string, value: unknown]>): {
  maps: MapSummary[];
  damaged: DamagedEntry[];
} {
  const maps: MapSummary[] = [];
  const damaged: DamagedEntry[] = [];
  for (const [key, value] of entries) {
    const result = parseJourneyMap(value);
    if (!result.ok) {
      damaged.push({ key, errors: describeErrors(result.errors), value });
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

/** A stored value read back as a map; undefined when nothing is stored; throws when it is damaged. */
export function readStoredMap(id: string, value: unknown): JourneyMap | undefined {
  if (value === undefined) return undefined;
  const result = parseJourneyMap(value);
  if (!result.ok) throw new Error(`Stored map ${id} is damaged: ${describeErrors(result.errors).join("; ")}`);
  return result.map;
}

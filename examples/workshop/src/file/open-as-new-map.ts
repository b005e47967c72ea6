import { createId, type JourneyMap } from "@journeykit/core";
import { navigate } from "../route";
import type { MapLibrary } from "../storage/map-library";
import { describeStorageProblem } from "../storage/storage-problem";
import type { UnsavedMaps } from "../storage/unsaved-maps";

/**
 * Store an opened map as a new one and go to it. A map whose id is already stored (or held by this
 * tab), even as a damaged entry, gets a new id, so opening never overwrites work; only `replacing`,
 * the id of a damaged entry being repaired, may be written over. A map that cannot be stored (a full
 * quota) still opens, held by this tab. Gives back the map as stored (with its new id, if it got one).
 */
export async function openAsNewMap(
  opened: JourneyMap,
  library: MapLibrary,
  unsaved: UnsavedMaps,
  { replacing }: { replacing?: string } = {},
): Promise<JourneyMap> {
  let map = opened;
  const taken =
    map.id !== replacing &&
    (unsaved.get(map.id) !== undefined ||
      (await library.load(map.id).then(
        (stored) => stored !== undefined,
        () => true, // a damaged entry is someone's work too
      )));
  if (taken) map = { ...map, id: createId("map") };
  try {
    await library.save(map);
  } catch (reason) {
    // Not stored (a full quota): this tab holds it, and the map's screen says so and offers
    // Save to file, so the opened map is not lost.
    unsaved.keep({ map, base: 0, problem: describeStorageProblem(reason) });
  }
  navigate({ screen: "map", id: map.id });
  return map;
}

import type { MapLibrary } from "../storage/map-library";
import { openMapLibrary } from "../storage/open-map-library";
import { seedSampleMap } from "./seed-sample-map";

/** What the app needs before its first screen: the map library, and the sample map on a first visit. */
export interface WorkshopStart {
  library: MapLibrary;
  /** The id of the sample map stored by this start, if this was the first visit. */
  sampleId?: string;
}

/**
 * Open the map library (IndexedDB, or memory when IndexedDB is unavailable) and seed the sample map
 * on a first visit. Never rejects: a failed seed only means the app opens on its start screen.
 * `main.tsx` calls it once, outside React, so StrictMode's doubled effects cannot start twice.
 *
 * @example
 * const start = startWorkshop();
 * root.render(<App start={start} />);
 */
export async function startWorkshop({
  openLibrary = openMapLibrary,
}: {
  openLibrary?: () => Promise<MapLibrary>;
} = {}): Promise<WorkshopStart> {
  const library = await openLibrary();
  const sampleId = await seedSampleMap(library).catch((error: unknown) => {
    console.warn("journeykit workshop: the sample map could not be stored", error);
    return undefined;
  });
  return { library, sampleId };
}

import { getTemplate, templates } from "@journeykit/core";
import type { MapLibrary } from "../storage/map-library";
import { newMapFromTemplate } from "./new-map-from-template";

/**
 * On the first visit (an empty library, never seeded), store the restaurant complaint-recovery sample
 * and return its id; otherwise return undefined. Safe to call concurrently: `library.seed` stores at
 * most one sample.
 */
export async function seedSampleMap(library: MapLibrary): Promise<string | undefined> {
  const template = getTemplate("restaurant-complaint-recovery") ?? templates[0];
  if (!template) return undefined;
  const map = newMapFromTemplate(template);
  return (await library.seed(map)) ? map.id : undefined;
}

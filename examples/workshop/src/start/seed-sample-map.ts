import { getTemplate, templates } from "@journeykit/core";
import type { MapLibrary } from "../storage/map-library";
import { newMapFromTemplate } from "./new-map-from-template";

const SEEDED_KEY = "journeykit-workshop:seeded";

/**
 * On the first visit (an empty library, never seeded), store the restaurant complaint-recovery sample
 * and return its id; otherwise return undefined.
 */
export async function seedSampleMap(library: MapLibrary): Promise<string | undefined> {
  if (localStorage.getItem(SEEDED_KEY)) return undefined;
  const { maps, damaged } = await library.list();
  localStorage.setItem(SEEDED_KEY, "1");
  if (maps.length > 0 || damaged.length > 0) return undefined;
  const template = getTemplate("restaurant-complaint-recovery") ?? templates[0];
  if (!template) return undefined;
  const map = newMapFromTemplate(template);
  await library.save(map);
  return map.id;
}

import { createId, type JourneyMap } from "@journeykit/core";

/**
 * The version of a map that a conflict's choice does not keep in place, as a separate map: a new id,
 * the title marked with where it came from (`"your version"`, `"other tab"`), today's timestamps; a map
 * without a title is called `untitled`.
 *
 * @example
 * await library.save(conflictCopy(theirs, "other tab")); // "Checkout (other tab)"
 */
export function conflictCopy(
  map: JourneyMap,
  label: string,
  now = new Date(),
  untitled = "Untitled journey",
): JourneyMap {
  const at = now.toISOString();
  return {
    ...map,
    id: createId("map"),
    title: `${map.title.trim() || untitled} (${label})`,
    createdAt: at,
    updatedAt: at,
  };
}

import type { JourneyMap } from "@journeykit/core";
import { toJson } from "@journeykit/export";
import { download, fileNameFor } from "./download";

/** Offer the map as a `.journey.json` download: the app's "Save file" action. */
export function saveMapFile(map: JourneyMap): void {
  download(toJson(map), fileNameFor(map.title, "journey.json"), "application/json");
}

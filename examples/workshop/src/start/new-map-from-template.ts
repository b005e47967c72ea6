import { createId, type JourneyMap, type JourneyTemplate } from "@journeykit/core";

/** A new, separately stored map from a template: its own id and today's timestamps. */
export function newMapFromTemplate(template: JourneyTemplate, now = new Date()): JourneyMap {
  const timestamp = now.toISOString();
  return { ...template.create(), id: createId("map"), createdAt: timestamp, updatedAt: timestamp };
}

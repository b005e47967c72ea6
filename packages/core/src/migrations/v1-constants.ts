/*
 * The defaults of format version 1, as they were when migration 0001 was written (journeykit 0.1,
 * `records/lane.ts`, `records/persona.ts` and `records/touchpoint.ts` of that version). A migration
 * carries the constants of its own version: today's defaults may change, an old file's migration must
 * not change with them.
 */

/** The lane kinds a version-0 map is normalized into, in the order version 1 lists them. */
export type V1LaneKind = "actions" | "touchpoints" | "emotions" | "painPoints" | "opportunities" | "notes";

/** Version 1's default title of each lane kind a migrated map uses. */
export const V1_LANE_KIND_TITLES: Readonly<Record<V1LaneKind, string>> = {
  actions: "Actions",
  touchpoints: "Touchpoints",
  emotions: "Emotions",
  painPoints: "Pain points",
  opportunities: "Opportunities",
  notes: "Notes",
};

/** Version 1's first persona color, given to the persona of a version-0 map without a valid one. */
export const V1_FIRST_PERSONA_COLOR = "#2f80ed";

/** The touchpoint channels of version 1; any other channel of a version-0 file becomes `"other"`. */
export const V1_CHANNELS = [
  "web",
  "mobile-app",
  "email",
  "phone",
  "chat",
  "social",
  "in-store",
  "mail",
  "event",
  "word-of-mouth",
  "other",
] as const;

/** journeykit editor errors: one table, each with a code and a docs link (as xyflow does). */
export const errorMessages = {
  error001: () =>
    "No <JourneyMapProvider> found: useJourneyMap() and useJourneyMapStore() must be used inside <JourneyMapEditor> or <JourneyMapProvider>. See docs/embedding.md#hooks",
  error002: (issues: string) =>
    `The journey map given to the editor is invalid: ${issues}. See docs/data-model.md`,
  error003: () =>
    "<JourneyMapEditor> needs either `value` (controlled) or `defaultValue` (uncontrolled). See docs/embedding.md",
} as const;

/** An error code of the editor. */
export type ErrorCode = keyof typeof errorMessages;

/** The journeykit guides an error message sends people to, by their title (each is a page in `docs/`). */
const GUIDES = { embedding: "Embedding the editor", dataModel: "The data model" } as const;

/** "See <section> in the journeykit guide <title>.": a page and heading that exist, wherever the package is read. */
const see = (guide: keyof typeof GUIDES, section: string) =>
  `See "${section}" in the journeykit guide "${GUIDES[guide]}".`;

/** journeykit editor errors: one table, each with a code and the guide section that explains it (as xyflow does). */
export const errorMessages = {
  error001: () =>
    `No <JourneyMapProvider> found: useJourneyMap() and useJourneyMapStore() must be used inside <JourneyMapEditor> or <JourneyMapProvider>. ${see("embedding", "Hooks and your own parts")}`,
  error002: (issues: string) =>
    `The journey map given to the editor is invalid: ${issues}. ${see("dataModel", "The document")}`,
  error003: () =>
    `<JourneyMapEditor> needs either \`value\` (controlled) or \`defaultValue\` (uncontrolled). ${see("embedding", "Controlled")}`,
  error004: (operation: string) =>
    `The editor is read-only: ${operation} was not made (turn \`readOnly\` off to edit). ${see("embedding", "Props")}`,
} as const;

/** An error code of the editor. */
export type ErrorCode = keyof typeof errorMessages;

/**
 * Documented limits of the `journeykit/map` format. Input beyond them is refused early, before it can
 * exhaust memory or time, with an error that names the limit. See docs/data-model.md.
 */
export const LIMITS = {
  /** Largest JSON text `parseJourneyMap` accepts, in UTF-16 code units (≈ bytes for ASCII). */
  maxInputLength: 20_000_000,
  /** Deepest nesting of arrays/objects in the input (guards recursion, e.g. in `meta`). */
  maxDepth: 64,
  /**
   * Most values (objects, arrays, strings, numbers, booleans, nulls) in one document, counted while
   * reading, before any schema check. A value reachable twice in memory counts twice. A 10,000-card
   * map holds about 55,000.
   */
  maxNodes: 1_000_000,
  /** Most records of any one kind (cards, emotions, ...). */
  maxRecordsPerKind: 50_000,
  /** Longest free-text field (card text, descriptions, notes). */
  maxTextLength: 20_000,
  /** Longest name-like field (titles, names, labels). */
  maxNameLength: 500,
  /** Longest id. */
  maxIdLength: 128,
  /** Most entries in a string list (needs, tags, empathy map quadrants, ...). */
  maxListLength: 1_000,
} as const;

/** The document's record lists, in document order: what validation, references and edits walk over. */
export const RECORD_COLLECTIONS = [
  "personas",
  "stages",
  "lanes",
  "touchpoints",
  "cards",
  "emotions",
  "momentsOfTruth",
  "metrics",
  "sources",
  "quotes",
] as const;

/** The name of one of the document's record lists. */
export type RecordCollection = (typeof RECORD_COLLECTIONS)[number];

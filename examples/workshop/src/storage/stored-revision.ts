import type { MapRevision } from "./map-library";

/** The revision of a map stored without one (before revisions existed, or the seeded sample). */
export const NO_REVISION: MapRevision = { number: 0, writer: "" };

/** A stored revision value read back loosely: anything that is not a revision counts as revision 0. */
export function readStoredRevision(value: unknown): MapRevision {
  if (typeof value !== "object" || value === null) return NO_REVISION;
  const { number, writer } = value as Partial<Record<keyof MapRevision, unknown>>;
  return Number.isInteger(number) && (number as number) >= 0
    ? { number: number as number, writer: typeof writer === "string" ? writer : "" }
    : NO_REVISION;
}

/** A new id for this tab's library, written beside each revision it stores. */
export function createWriterId(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `tab-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

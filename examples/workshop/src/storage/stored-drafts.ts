import type { Draft, DraftPlace, Selection } from "@journeykit/react";

const KINDS: readonly Selection["kind"][] = [
  "card",
  "stage",
  "lane",
  "touchpoint",
  "persona",
  "moment",
  "metric",
  "emotion",
  "map",
];
const PLACES: readonly DraftPlace[] = ["canvas", "inspector", "personaBoard"];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** One stored value read back as a draft, or undefined when it is not one (written by something else). */
function readDraft(value: unknown): Draft | undefined {
  if (!isRecord(value) || !isRecord(value.target)) return undefined;
  const { target, field, place, base, text } = value;
  const { kind, id } = target;
  if (!KINDS.includes(kind as Selection["kind"]) || typeof id !== "string") return undefined;
  if (!PLACES.includes(place as DraftPlace)) return undefined;
  if (typeof field !== "string" || typeof base !== "string" || typeof text !== "string") return undefined;
  return { target: { kind, id } as Selection, field, place: place as DraftPlace, base, text };
}

/**
 * The drafts stored beside a map, read loosely: whatever is not a draft (another version's shape, a
 * damaged entry) is left out rather than failing the map's opening.
 *
 * @example
 * const drafts = readStoredDrafts(await get(mapId, draftsStore));
 */
export function readStoredDrafts(value: unknown): Draft[] {
  if (!Array.isArray(value)) return [];
  return value.map(readDraft).filter((draft): draft is Draft => draft !== undefined);
}

import type { MapRevision } from "../storage/map-library";

/** The message a tab posts on a map's channel after it stored a new revision of that map. */
export interface SavedMessage {
  type: "saved";
  mapId: string;
  revision: MapRevision;
}

/** One BroadcastChannel per map id, so a tab only hears about the map it has open. */
export function mapChannelName(mapId: string): string {
  return `journeykit-workshop:map:${mapId}`;
}

/** Tell the other tabs that `revision` of map `mapId` was stored. Does nothing without BroadcastChannel. */
export function announceSaved(mapId: string, revision: MapRevision): void {
  if (typeof BroadcastChannel === "undefined") return;
  const channel = new BroadcastChannel(mapChannelName(mapId));
  const message: SavedMessage = { type: "saved", mapId, revision };
  channel.postMessage(message);
  channel.close();
}

/**
 * Listen for revisions of map `mapId` stored by writers other than `self` (messages this tab posted
 * itself are skipped). Returns a function that stops listening.
 */
export function listenForSaves(
  mapId: string,
  self: string,
  listener: (revision: MapRevision) => void,
): () => void {
  if (typeof BroadcastChannel === "undefined") return () => {};
  const channel = new BroadcastChannel(mapChannelName(mapId));
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const revision = savedRevision(event.data, mapId);
    if (revision && revision.writer !== self) listener(revision);
  };
  return () => channel.close();
}

/** The revision in a message from another tab, if it is a well-formed "saved" message for this map. */
function savedRevision(data: unknown, mapId: string): MapRevision | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const { type, mapId: id, revision } = data as Partial<Record<keyof SavedMessage, unknown>>;
  if (type !== "saved" || id !== mapId || typeof revision !== "object" || revision === null) return undefined;
  const { number, writer } = revision as Partial<Record<keyof MapRevision, unknown>>;
  return Number.isInteger(number) && typeof writer === "string"
    ? { number: number as number, writer }
    : undefined;
}

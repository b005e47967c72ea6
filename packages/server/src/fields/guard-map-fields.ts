import { isTransactionOrigin } from "@hocuspocus/server";
import { FIELDS_NAME, recordCollections } from "@journeykit/collab";
import { validateJourneyMap } from "@journeykit/core";
import type * as Y from "yjs";

/**
 * The origin of the server's own writes that put a map field back (see `guardMapFields`): a local
 * origin, so they are broadcast and stored like any change.
 */
export const FIELDS_ORIGIN = { source: "local", context: { journeykit: "fields" } } as const;

/** The map's own fields that fail the format's checks (title, version, state, ...), by key. */
export function invalidMapFields(fields: Readonly<Record<string, unknown>>): string[] {
  const bare: Record<string, unknown> = { ...fields };
  for (const collection of recordCollections()) bare[collection] = [];
  const result = validateJourneyMap(bare as never);
  if (result.ok) return [];
  return [...new Set(result.errors.map((error) => error.path.split(/[.[]/)[0] ?? ""))];
}

/**
 * Keep a room's map-level fields valid: when a client connection's edit leaves one missing or wrong
 * (a modified client deleting the title, say), put it back to its last valid value with `origin`,
 * keeping the rest of that edit. Without this every screen would stop at the last valid map (the map
 * could not be read), and a participant could freeze the room. Records are not checked here: every
 * client, and the server's snapshots and map API (collab's `docToMap`), repair those deterministically
 * with core's `repairJourneyMap`. Returns the function that stops guarding.
 *
 * @example
 * new Server({ async afterLoadDocument({ document }) { guardMapFields(document); } });
 */
export function guardMapFields(doc: Y.Doc, origin: unknown = FIELDS_ORIGIN): () => void {
  const fields = doc.getMap<unknown>(FIELDS_NAME);
  const current = () => fields.toJSON() as Record<string, unknown>;
  let valid = fields.size > 0 && invalidMapFields(current()).length === 0 ? current() : undefined;
  const onTransaction = (transaction: Y.Transaction) => {
    const changed = transaction.changed as Map<unknown, Set<string | null>>;
    if (!changed.has(fields) || fields.size === 0) return;
    const now = current();
    const invalid = invalidMapFields(now);
    if (invalid.length === 0) {
      valid = now;
      return;
    }
    const fromClient = isTransactionOrigin(transaction.origin) && transaction.origin.source === "connection";
    if (!fromClient || !valid) return;
    const restore = valid;
    // After the client's transaction has finished: only the fields it broke.
    queueMicrotask(() =>
      doc.transact(() => {
        for (const key of invalid) {
          if (key in restore) fields.set(key, restore[key]);
          else fields.delete(key);
        }
      }, origin),
    );
  };
  doc.on("afterTransaction", onTransaction);
  return () => doc.off("afterTransaction", onTransaction);
}

import { isTransactionOrigin } from "@hocuspocus/server";
import { BALLOTS_MAP, readVoting, SESSION_MAP, VOTING_KEY } from "@journeykit/collab";
import * as Y from "yjs";
import { writeTotal } from "./card-totals.js";

/** The voting data as the server last wrote (or loaded) it: what a client's write is put back to. */
interface Counted {
  round: unknown;
  ballots: Map<string, string>;
}

function snapshot(doc: Y.Doc): Counted {
  const ballots = new Map<string, string>();
  for (const [id, value] of doc.getMap<unknown>(BALLOTS_MAP).entries())
    ballots.set(id, JSON.stringify(value));
  return { round: doc.getMap<unknown>(SESSION_MAP).get(VOTING_KEY), ballots };
}

/** The ids of cards a transaction added or whose `votes` it wrote. */
function cardsTouched(doc: Y.Doc, transaction: Y.Transaction): Set<string> {
  const cards = doc.getMap<unknown>("cards");
  const ids = new Set<string>();
  for (const [type, keys] of transaction.changed) {
    if ((type as unknown) === cards) {
      for (const key of keys) if (key !== null && cards.get(key) instanceof Y.Map) ids.add(key);
    } else if ((type.parent as unknown) === cards && keys.has("votes") && type instanceof Y.Map) {
      const id = (type as Y.Map<unknown>).get("id");
      if (typeof id === "string") ids.add(id);
    }
  }
  return ids;
}

/**
 * Keep the room's votes the server's: after a transaction from a client connection that wrote the
 * round (`session.voting`), a ballot, or a card's `votes` (a modified client, or an Inspector edit of
 * Votes during a live vote), put them back to what the server counted, with `origin`. Card totals
 * are guarded once a round has been started in the room; before that `votes` is plain map data.
 * Returns the function that stops guarding.
 *
 * @example
 * new Server({ async afterLoadDocument({ document }) { guardVotes(document, VOTING_ORIGIN); } });
 */
export function guardVotes(doc: Y.Doc, origin: unknown): () => void {
  let counted = snapshot(doc);
  const ballots = doc.getMap<unknown>(BALLOTS_MAP);
  const session = doc.getMap<unknown>(SESSION_MAP);
  const restore = (cardIds: Set<string>) => {
    doc.transact(() => {
      if (counted.round === undefined) session.delete(VOTING_KEY);
      else if (JSON.stringify(session.get(VOTING_KEY)) !== JSON.stringify(counted.round))
        session.set(VOTING_KEY, counted.round);
      for (const id of [...ballots.keys()]) if (!counted.ballots.has(id)) ballots.delete(id);
      for (const [id, json] of counted.ballots)
        if (JSON.stringify(ballots.get(id)) !== json) ballots.set(id, JSON.parse(json));
      const { ballots: read } = readVoting(doc);
      for (const id of cardIds) writeTotal(doc, id, read);
    }, origin);
  };
  const onTransaction = (transaction: Y.Transaction) => {
    const changed = transaction.changed as Map<unknown, Set<string | null>>;
    const touchesVoting = changed.has(ballots) || changed.get(session)?.has(VOTING_KEY) === true;
    const fromClient = isTransactionOrigin(transaction.origin) && transaction.origin.source === "connection";
    if (!fromClient) {
      if (touchesVoting) counted = snapshot(doc);
      return;
    }
    const cards = counted.round === undefined ? new Set<string>() : cardsTouched(doc, transaction);
    if (!touchesVoting && cards.size === 0) return;
    // After the client's transaction has finished; writes only what differs from the count.
    queueMicrotask(() => restore(cards));
  };
  doc.on("afterTransaction", onTransaction);
  return () => doc.off("afterTransaction", onTransaction);
}

import type { Ballot } from "@journeykit/collab";
import * as Y from "yjs";

/**
 * Set a card's `votes` in the room to the sum of every ballot's dots on it (removed at zero, as core's
 * `voteCard` does); writes only when it differs.
 *
 * @example
 * doc.transact(() => writeTotal(doc, cardId, readVoting(doc).ballots), VOTING_ORIGIN);
 */
export function writeTotal(doc: Y.Doc, cardId: string, ballots: ReadonlyMap<string, Ballot>): void {
  const card = doc.getMap<unknown>("cards").get(cardId);
  if (!(card instanceof Y.Map)) return;
  let total = 0;
  for (const ballot of ballots.values()) total += ballot.cards[cardId] ?? 0;
  const record = card as Y.Map<unknown>;
  if (total > 0) {
    if (record.get("votes") !== total) record.set("votes", total);
  } else if (record.has("votes")) record.delete("votes");
}

/**
 * Every card's `votes` from the ballots (cards nobody voted for lose votes left from before).
 *
 * @example
 * doc.transact(() => writeAllTotals(doc, new Map()), VOTING_ORIGIN); // a reset
 */
export function writeAllTotals(doc: Y.Doc, ballots: ReadonlyMap<string, Ballot>): void {
  for (const cardId of doc.getMap<unknown>("cards").keys()) writeTotal(doc, cardId, ballots);
}

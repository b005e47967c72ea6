import type { CollaborationPresence, Peer } from "@journeykit/collab";
import { useEffect, useState } from "react";

/** What a presentation reads from a peer: a pointer moving is not a reason to draw a slide again. */
const presentationOf = (peers: readonly Peer[]) =>
  JSON.stringify(
    peers.map((p) => [
      p.clientId,
      p.name,
      p.colour,
      p.presenting ?? null,
      p.followMe ?? null,
      p.following ?? null,
      p.facilitator ?? null,
    ]),
  );

/**
 * Everyone else in the room, updated when someone joins or leaves, or changes their name, colour,
 * presentation or whom they follow; not on each pointer move (those arrive every 30 ms per person).
 */
export function usePeers(presence: CollaborationPresence): Peer[] {
  const [peers, setPeers] = useState(() => presence.getPeers());
  useEffect(() => {
    const update = (next: Peer[]) =>
      setPeers((previous) => (presentationOf(previous) === presentationOf(next) ? previous : next));
    update(presence.getPeers());
    return presence.subscribe(update);
  }, [presence]);
  return peers;
}

import type { CollaborationPresence, Peer } from "@journeykit/collab";
import { useEffect, useState } from "react";

/** Everyone else in the room, kept up to date as they join, leave, move or present. */
export function usePeers(presence: CollaborationPresence): Peer[] {
  const [peers, setPeers] = useState(() => presence.getPeers());
  useEffect(() => {
    setPeers(presence.getPeers());
    return presence.subscribe(setPeers);
  }, [presence]);
  return peers;
}

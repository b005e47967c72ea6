import type { CollaborationPresence, Peer } from "@journeykit/collab";
import { useEffect, useState } from "react";
import { type Leader, stillStopped, whomToFollow } from "./whom-to-follow";

/** A participant's side of "follow me". */
export interface Follow {
  /** Who presents with follow me on (followed or not), if anyone. */
  leader: Leader | undefined;
  /** True while this participant's screen follows the leader's presentation. */
  following: boolean;
  /** Stop following: back to the editor, with "Follow <name>" offered while the presentation lasts. */
  stop(): void;
  /** Follow the leader again. */
  follow(): void;
}

/**
 * Follows whoever presents with follow me on (at once, also when joining late), until this participant
 * stops following; shares whom they follow (`following`) so the presenter sees who is with them.
 * `enabled` false (they present themselves) follows nobody.
 */
export function useFollow(presence: CollaborationPresence, peers: readonly Peer[], enabled: boolean): Follow {
  const [current, setCurrent] = useState<number | null>(null);
  const [stopped, setStopped] = useState<number | null>(null);
  // A presentation that ended is forgotten: the leader's next one pulls this participant in again.
  const stoppedNow = stillStopped(peers, stopped);
  if (stoppedNow !== stopped) setStopped(stoppedNow);
  const choice = enabled
    ? whomToFollow(peers, { current, stopped: stoppedNow })
    : { leader: undefined, following: false };
  const followed = choice.following && choice.leader ? choice.leader.clientId : null;
  if (followed !== current) setCurrent(followed);

  useEffect(() => presence.setLocal({ following: followed }), [presence, followed]);
  useEffect(() => () => presence.setLocal({ following: null }), [presence]);

  const leaderId = choice.leader?.clientId ?? null;
  return {
    ...choice,
    stop: () => setStopped(leaderId),
    follow: () => setStopped(null),
  };
}

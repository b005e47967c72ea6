import type { Peer } from "@journeykit/collab";

/** Someone presenting with "follow me" on: whose screen the others follow. */
export interface Leader {
  clientId: number;
  name: string;
  colour: string;
  /** The stage they show now. */
  stageId: string;
}

/** Where a participant stands: whom they would follow, and whether they do. */
export interface FollowChoice {
  /** The presenter to follow (or to offer "Follow <name>" for), if anyone presents with follow me. */
  leader: Leader | undefined;
  /** True when their screen shows the leader's presentation now. */
  following: boolean;
}

/**
 * The facilitator presenting with follow me on, in client-id order. Presence comes from other
 * people's browsers, so only well-formed fields count: a peer from an older app (no `followMe`) or one
 * that presents without follow me is nobody to follow, and neither is anyone the server has not marked
 * as the facilitator (it also drops their presentation: this is the second line).
 */
export function leadersAmong(peers: readonly Peer[]): Leader[] {
  return peers
    .filter(
      (peer) =>
        peer.facilitator === true &&
        peer.followMe === true &&
        typeof peer.presenting === "string" &&
        peer.presenting !== "",
    )
    .map((peer) => ({
      clientId: peer.clientId,
      name: peer.name,
      colour: peer.colour,
      stageId: peer.presenting as string,
    }))
    .sort((a, b) => a.clientId - b.clientId);
}

/**
 * Whom to follow: the leader followed now while they still present with follow me (a second presenter
 * never takes the screen away), else the first one this participant has not stopped following, else
 * the one they stopped following (so they are offered "Follow <name>").
 */
export function whomToFollow(
  peers: readonly Peer[],
  { current, stopped }: { current: number | null; stopped: number | null },
): FollowChoice {
  const leaders = leadersAmong(peers);
  const leader =
    leaders.find((l) => l.clientId === current) ??
    leaders.find((l) => l.clientId !== stopped) ??
    leaders.find((l) => l.clientId === stopped);
  return { leader, following: leader !== undefined && leader.clientId !== stopped };
}

/**
 * The leader a participant stopped following, while that presentation lasts. Once the leader turns
 * follow me off or leaves, it is forgotten: their next presentation pulls everyone in again.
 */
export function stillStopped(peers: readonly Peer[], stopped: number | null): number | null {
  if (stopped === null) return null;
  return leadersAmong(peers).some((l) => l.clientId === stopped) ? stopped : null;
}

/** The participants whose screens follow `clientId` now. */
export function followersOf(peers: readonly Peer[], clientId: number): Peer[] {
  return peers.filter((peer) => peer.following === clientId);
}

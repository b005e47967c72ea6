import {
  createVotingClient,
  dotsUsed,
  readVoting,
  type VotingReply,
  type VotingState,
  watchVoting,
} from "@journeykit/collab";
import type { JoinedRoom } from "@journeykit/collab/hocuspocus";
import type { JourneyMap } from "@journeykit/core";
import { useCallback, useEffect, useMemo, useState } from "react";
import { participantId } from "./participant-id";

/** Dot voting in a live session, as one participant sees it: the server counts, the room shows it. */
export interface LiveVoting {
  /** The round and everyone's ballots, as the server wrote them into the room. */
  state: VotingState;
  /** This browser's participant id (its ballot's key). */
  me: string;
  /** Dots this participant has used and has left in the round. */
  used: number;
  left: number;
  /** The last thing the server refused, in words (cleared by the next accepted request). */
  refusal: string | null;
  dismiss(): void;
  /** Give (+1) or take back (-1) a dot: for the editor's `onVote`. */
  vote(cardId: string, delta: 1 | -1): void;
  start(dots: number): Promise<VotingReply>;
  end(): Promise<VotingReply>;
  reset(): Promise<VotingReply>;
}

/**
 * Follows the room's dot voting and sends this participant's requests to journeykit-server, which
 * checks and counts them (under the token's participant id when it has one, else this browser's own);
 * a refusal (no dots left, voting closed, offline) is kept in `refusal` to show.
 */
export function useLiveVoting(
  room: JoinedRoom,
  name: string,
  map: JourneyMap | undefined,
  /** The participant id of a short link's token: the server keys this participant's ballot by it. */
  participant?: string,
): LiveVoting {
  const { doc, provider } = room;
  const [state, setState] = useState(() => readVoting(doc));
  useEffect(() => {
    setState(readVoting(doc));
    return watchVoting(doc, setState);
  }, [doc]);
  const [me] = useState(() => participant ?? participantId());
  const client = useMemo(() => createVotingClient(provider, { id: me, name }), [provider, me, name]);
  useEffect(() => () => client.destroy(), [client]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const answered = useCallback((reply: VotingReply) => {
    setRefusal(reply.ok ? null : reply.message);
    return reply;
  }, []);
  const vote = useCallback(
    (cardId: string, delta: 1 | -1) => void client.vote(cardId, delta).then(answered),
    [client, answered],
  );
  const open = state.open;
  useEffect(() => {
    if (!open) setRefusal(null);
  }, [open]);
  const cards = useMemo(() => new Set(map?.cards.map((card) => card.id)), [map]);
  const used = dotsUsed(state.ballots.get(me), (id) => cards.has(id));
  return {
    state,
    me,
    used,
    left: Math.max(0, state.dots - used),
    refusal,
    dismiss: () => setRefusal(null),
    vote,
    start: (dots) => client.start(dots).then(answered),
    end: () => client.end().then(answered),
    reset: () => client.reset().then(answered),
  };
}

import type { Extension } from "@hocuspocus/server";
import { guardVotes } from "./guard-votes.js";
import { handleVotingMessage, VOTING_ORIGIN } from "./handle-voting-message.js";

/**
 * Dot voting as a Hocuspocus extension: the server counts every participant's dots (requests arrive
 * as stateless messages on the voting channel: `handleVotingMessage`) and writes the round, the
 * ballots and the card totals into the room with `VOTING_ORIGIN`; what a client writes there itself is
 * put back (`guardVotes`). Needs the connection's room token as `context.user` (`roomTokenExtension`):
 * only a facilitator opens a round, a view token cannot vote.
 *
 * @example
 * new Server({ extensions: [roomTokenExtension(secret), votingExtension()] });
 */
export function votingExtension(): Extension {
  return {
    extensionName: "journeykit-voting",
    async afterLoadDocument({ document }) {
      guardVotes(document, VOTING_ORIGIN);
    },
    async onStateless(payload) {
      await handleVotingMessage(payload);
    },
  };
}

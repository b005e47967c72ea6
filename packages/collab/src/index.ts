// @journeykit/collab: a journey map shared live through Yjs. Every export is listed by name.

export type {
  CollaborationAdapter,
  CollaborationChange,
  CollaborationOrigin,
  CollaborationPresence,
  MapPatch,
  MapPoint,
  Peer,
  PresenceState,
} from "./binding/collaboration-adapter.js";
export { type CollabAdapterOptions, createCollabAdapter } from "./binding/create-collab-adapter.js";
export { mapPatches } from "./binding/map-patches.js";
export { FIELDS_NAME, ORDER_KEY, recordCollections } from "./doc/doc-layout.js";
export { docToMap } from "./doc/doc-to-map.js";
export { mapToDoc } from "./doc/map-to-doc.js";
export { writeMap } from "./doc/write-map.js";
export { type OfflineStore, persistOffline } from "./offline/persist-offline.js";
export { awarenessPresence } from "./presence/awareness-presence.js";
export { isLocked, LOCKED_KEY, setLocked, watchLock } from "./room/room-lock.js";
export { HEARTBEAT } from "./room/watch-connection.js";
export {
  createVotingClient,
  type StatelessChannel,
  type Voter,
  type VotingClient,
  type VotingClientOptions,
} from "./voting/voting-client.js";
export {
  encodeVotingMessage,
  type InvalidVotingRequest,
  MAX_DOTS,
  parseVotingReply,
  parseVotingRequest,
  VOTING_CHANNEL,
  type VotingRefusal,
  type VotingReply,
  type VotingRequest,
} from "./voting/voting-request.js";
export {
  BALLOTS_MAP,
  type Ballot,
  DEFAULT_DOTS,
  dotsUsed,
  readBallot,
  readVoting,
  SESSION_MAP,
  VOTABLE_LANE_KINDS,
  VOTING_KEY,
  type VotingState,
  watchVoting,
} from "./voting/voting-state.js";

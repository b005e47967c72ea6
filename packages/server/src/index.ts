// @journeykit/server: the journeykit collaboration server. Every export is listed by name.

export { FIELDS_ORIGIN, guardMapFields, invalidMapFields } from "./fields/guard-map-fields.js";
export { handleMapRoutes, type MapRoutesContext } from "./http/map-routes.js";
export { applyLock, enforceLock, LOCK_ORIGIN, mayEdit } from "./lock/enforce-lock.js";
export {
  type JourneykitServer,
  type JourneykitServerOptions,
  startJourneykitServer,
} from "./server/start-journeykit-server.js";
export { snapshotFile, writeSnapshot } from "./snapshots/write-snapshot.js";
export { openSqliteStore, type RoomStore } from "./storage/sqlite-store.js";
export {
  ROOM_NAME,
  type RoomClaims,
  type RoomRole,
  RoomTokenError,
  signRoomToken,
  verifyRoomToken,
} from "./tokens/room-token.js";
export { applyVotingRequest, type VotingSender } from "./voting/apply-voting-request.js";
export { writeAllTotals, writeTotal } from "./voting/card-totals.js";
export { guardVotes } from "./voting/guard-votes.js";
export { handleVotingMessage, VOTING_ORIGIN } from "./voting/handle-voting-message.js";

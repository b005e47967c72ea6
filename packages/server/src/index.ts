// @journeykit/server: the journeykit collaboration server. Every export is listed by name.

export { BUNDLED_APP_DIR, openApp, SERVED_APP_MARKER, type ServedApp, serveApp } from "./app/serve-app.js";
export {
  type WorkshopExtension,
  type WorkshopExtensionOptions,
  workshopExtension,
} from "./app/workshop-extension.js";
export { FIELDS_ORIGIN, guardMapFields, invalidMapFields } from "./fields/guard-map-fields.js";
export { mapFieldsExtension } from "./fields/map-fields-extension.js";
export { type FacilitatorRoutesContext, handleFacilitatorRoutes } from "./http/facilitator-routes.js";
export { handleJoinRoutes, type JoinAnswer, type JoinRoutesContext } from "./http/join-routes.js";
export { handleMapRoutes, type MapRoutesContext } from "./http/map-routes.js";
export { lanAddresses, publicOrigin } from "./http/public-origin.js";
export {
  generateJoinCode,
  JOIN_CODE_LENGTH,
  JOIN_PATH,
  normalizeJoinCode,
} from "./links/join-code.js";
export { applyLock, enforceLock, LOCK_ORIGIN, mayEdit } from "./lock/enforce-lock.js";
export { lockExtension } from "./lock/lock-extension.js";
export {
  type AttemptLimiter,
  type AttemptLimiterOptions,
  type AttemptVerdict,
  createAttemptLimiter,
} from "./passcode/attempt-limiter.js";
export {
  FacilitatorSessionError,
  signFacilitatorSession,
  verifyFacilitatorSession,
} from "./passcode/facilitator-session.js";
export { ensurePasscode, PASSCODE_FILE, readPasscode, writePasscode } from "./passcode/passcode-file.js";
export {
  generatePasscode,
  hashPasscode,
  MIN_PASSCODE_LENGTH,
  type PasscodeRecord,
  verifyPasscode,
} from "./passcode/passcode-hash.js";
export { guardPresence } from "./presence/guard-presence.js";
export {
  EDITOR_PRESENCE,
  FACILITATOR_MARK,
  FACILITATOR_PRESENCE,
  presenceFor,
} from "./presence/presence-policy.js";
export {
  type CodeMatch,
  openRoomRegistry,
  ROOMS_FILE,
  type RoomLinks,
  type RoomRecord,
  type RoomRegistry,
} from "./rooms/room-registry.js";
export { dataSecret, SECRET_FILE } from "./secret/data-secret.js";
export {
  type JourneykitServer,
  type JourneykitServerOptions,
  startJourneykitServer,
} from "./server/start-journeykit-server.js";
export { snapshotFile, writeSnapshot } from "./snapshots/write-snapshot.js";
export { openSqliteStore, type RoomStore } from "./storage/sqlite-store.js";
export {
  PARTICIPANT_ID,
  ROOM_NAME,
  type RoomClaims,
  type RoomRole,
  RoomTokenError,
  signRoomToken,
  verifyRoomToken,
} from "./tokens/room-token.js";
export { roomTokenExtension } from "./tokens/room-token-extension.js";
export { applyVotingRequest, type VotingSender } from "./voting/apply-voting-request.js";
export { writeAllTotals, writeTotal } from "./voting/card-totals.js";
export { guardVotes } from "./voting/guard-votes.js";
export { handleVotingMessage, VOTING_ORIGIN } from "./voting/handle-voting-message.js";
export { votingExtension } from "./voting/voting-extension.js";

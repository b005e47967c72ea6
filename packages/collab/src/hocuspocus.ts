// @journeykit/collab/hocuspocus: join a journeykit-server room (needs @hocuspocus/provider).

export { type JoinedRoom, type JoinRoomOptions, joinRoom } from "./room/join-room.js";
export {
  type ConnectionState,
  HEARTBEAT,
  type HeartbeatChannel,
  type HeartbeatEvent,
  type RoomConnection,
  type WatchConnectionOptions,
  watchConnection,
} from "./room/watch-connection.js";

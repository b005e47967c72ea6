// @journeykit/collab/hocuspocus: join a journeykit-server room (needs @hocuspocus/provider).

export { type JoinedRoom, type JoinRoomOptions, joinRoom } from "./room/join-room.js";

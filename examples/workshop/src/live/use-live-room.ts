import { type JoinedRoom, joinRoom } from "@journeykit/collab/hocuspocus";
import type { JourneyMap } from "@journeykit/core";
import { useEffect, useState } from "react";
import { announceOnReconnect } from "./announce-on-reconnect";
import type { LiveLink } from "./live-link";
import { type LiveStatus, nextLiveStatus } from "./live-status";

/** A participant joining a live session. */
export interface LiveUser {
  name: string;
  colour: string;
}

export type LiveRoomState =
  | { kind: "joining" }
  | { kind: "joined"; room: JoinedRoom; status: LiveStatus }
  | { kind: "refused"; message: string };

/**
 * Joins the room a live link names as `user` (the room is kept in IndexedDB, so edits made offline
 * survive and merge on reconnect; after a reconnect the user's presence is announced again), follows the connection for the status pill (a cut network shows as
 * offline within about 4 s, though the socket still says connected), and leaves on unmount.
 * `initialMap` seeds an empty room (the facilitator's map).
 */
export function useLiveRoom(link: LiveLink, user: LiveUser | null, initialMap?: JourneyMap): LiveRoomState {
  const [state, setState] = useState<LiveRoomState>({ kind: "joining" });
  const seed = user ? initialMap : undefined;
  useEffect(() => {
    if (!user) return;
    let live = true;
    let joined: JoinedRoom | undefined;
    let stopAnnouncing = () => {};
    let status: LiveStatus = "connecting";
    setState({ kind: "joining" });
    joinRoom({
      url: link.server,
      room: link.room,
      token: link.token,
      user: { ...user, pointer: null },
      ...(seed ? { initialMap: seed } : {}),
      onRefused: (reason) => live && setState({ kind: "refused", message: reason }),
    }).then(
      (room) => {
        joined = room;
        if (!live) return void room.leave();
        // Back from a reconnect, everyone sees this participant's name again at once.
        stopAnnouncing = announceOnReconnect(room.provider);
        status = room.provider.isSynced ? "connected" : "connecting";
        setState({ kind: "joined", room, status });
        // The socket's status, and "disconnected" within seconds of a cut it has not noticed.
        room.connection.subscribe((connection) => {
          status = nextLiveStatus(status, connection);
          if (live) setState({ kind: "joined", room, status });
        });
      },
      (error: unknown) =>
        live &&
        setState({ kind: "refused", message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
      stopAnnouncing();
      void joined?.leave();
    };
  }, [link.server, link.room, link.token, user, seed]);
  return state;
}

import { englishText, type WorkshopText } from "../i18n/workshop-catalogue";

/** What the status pill says about the connection to the room. */
export type LiveStatus = "connecting" | "connected" | "reconnecting" | "offline";

/**
 * The pill's state from the room's connection (`JoinedRoom.connection`: the WebSocket's status, and
 * disconnected once the server has not answered for about 4 s): before the first connection it is
 * connecting; once connected, a lost connection is offline (edits are kept in this browser) until a
 * new attempt starts, then reconnecting.
 */
export function nextLiveStatus(
  previous: LiveStatus,
  socket: "connecting" | "connected" | "disconnected",
): LiveStatus {
  if (socket === "connected") return "connected";
  if (socket === "disconnected") return previous === "connecting" ? "connecting" : "offline";
  return previous === "connecting" ? "connecting" : "reconnecting";
}

/** What the pill says in the app's language. */
export function statusText(status: LiveStatus, { t }: WorkshopText = englishText): string {
  return t(`live.status.${status}`);
}

/** What the pill says, in English. */
export const STATUS_TEXT: Record<LiveStatus, string> = {
  connecting: statusText("connecting"),
  connected: statusText("connected"),
  reconnecting: statusText("reconnecting"),
  offline: statusText("offline"),
};

import { CopyableLink } from "./CopyableLink";
import type { StartedRoom } from "./facilitator-api";
import { JoinQrCode } from "./JoinQrCode";
import { liveUrl } from "./live-link";

/**
 * The participants' (edit) and projector's (view-only) links of a started room, on the server's network
 * address: the server's short links, else links that carry the tokens.
 */
export function roomLinks(room: StartedRoom, ownServer: string) {
  if (room.links) return room.links;
  const link = (token: string) =>
    liveUrl({ server: ownServer, room: room.room, token, facilitator: false }, room.origin, "/", ownServer);
  return { participant: link(room.tokens.participant), projector: link(room.tokens.projector) };
}

/**
 * What the facilitator shares once a room is started: the participants' link as a QR code to scan
 * (they edit and vote), and the projector's link (it shows the map, read-only).
 */
export function LiveRoomLinks({ room, ownServer }: { room: StartedRoom; ownServer: string }) {
  const links = roomLinks(room, ownServer);
  const until = new Date(room.expiresAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  return (
    <>
      <section className="ws-live-join" aria-label="Participants' link">
        <JoinQrCode url={links.participant} />
        <div className="ws-live-join-text">
          <p>
            <strong>Participants scan this</strong> (same Wi-Fi). They choose a name and edit{" "}
            <em>{room.title}</em> with you.
          </p>
          <CopyableLink url={links.participant} label="Participants' link" />
          <p className="ws-live-hint">
            Valid until {until}; only you can lock editing and run voting. Share it only with the room.
          </p>
        </div>
      </section>
      <section className="ws-live-projector" aria-label="Projector link">
        <p>
          <strong>Projector</strong>: open this on the laptop at the projector. It shows the map live and
          cannot change it.
        </p>
        <CopyableLink url={links.projector} label="Projector link" />
      </section>
    </>
  );
}

import { useEffect, useState } from "react";
import { saveMapFile } from "../file/save-map-file";
import { endRoom, type FacilitatorRoom, listRooms, roomMap } from "./facilitator-api";
import type { FacilitatorSession } from "./facilitator-session-store";

const when = (iso: string) =>
  new Date(iso).toLocaleString([], { weekday: "short", hour: "2-digit", minute: "2-digit" });

/**
 * The rooms started on this server: reopen one (fresh links, every edit kept), download its map, or
 * end it (its links stop working; the map stays and can still be downloaded).
 */
export function FacilitatorRooms({
  session,
  onReopen,
  onError,
}: {
  session: FacilitatorSession;
  onReopen: (room: string) => void;
  onError: (error: unknown) => void;
}) {
  const [rooms, setRooms] = useState<FacilitatorRoom[] | null>(null);
  const [version, setVersion] = useState(0);
  /** The room whose End was pressed once: a second press ends it for everyone. */
  const [ending, setEnding] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` asks again after an end
  useEffect(() => {
    let live = true;
    listRooms(session).then(
      (found) => live && setRooms(found),
      (error: unknown) => live && onError(error),
    );
    return () => {
      live = false;
    };
  }, [session, version]);
  if (!rooms || rooms.length === 0) return null;
  const download = (room: FacilitatorRoom) => roomMap(session, room.room).then(saveMapFile, onError);
  const end = (room: FacilitatorRoom) =>
    endRoom(session, room.room).then(() => {
      setEnding(null);
      setVersion((v) => v + 1);
    }, onError);
  return (
    <section className="ws-live-rooms" aria-label="Your rooms">
      <h3>Your rooms</h3>
      <ul>
        {rooms.map((room) => (
          <li key={room.room}>
            <span className="ws-live-room-name">
              <strong>{room.title || room.room}</strong>
              <span className="ws-live-hint">
                {room.endedAt
                  ? `ended ${when(room.endedAt)}`
                  : `last edit ${when(room.lastActivity)}${room.participants ? ` · ${room.participants} connected` : ""}`}
              </span>
            </span>
            {!room.endedAt && (
              <button type="button" className="ws-button" onClick={() => onReopen(room.room)}>
                Reopen
              </button>
            )}
            <button
              type="button"
              className="ws-button"
              aria-label={`Download the map of ${room.title || room.room}`}
              onClick={() => void download(room)}
            >
              Download
            </button>
            {!room.endedAt && ending !== room.room && (
              <button
                type="button"
                className="ws-button"
                aria-label={`End ${room.title || room.room}`}
                onClick={() => setEnding(room.room)}
              >
                End
              </button>
            )}
            {ending === room.room && (
              <button type="button" className="ws-button ws-button-danger" onClick={() => void end(room)}>
                End for everyone: links stop working
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

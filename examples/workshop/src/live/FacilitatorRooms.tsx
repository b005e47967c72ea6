import { formatDate } from "@journeykit/core";
import { useEffect, useState } from "react";
import { saveMapFile } from "../file/save-map-file";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import { endRoom, type FacilitatorRoom, listRooms, roomMap } from "./facilitator-api";
import type { FacilitatorSession } from "./facilitator-session-store";

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
  const { t, locale } = useWorkshopText();
  const when = (iso: string) => formatDate(iso, { locale, style: "weekdayTime" });
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
    <section className="ws-live-rooms" aria-label={t("live.yourRooms")}>
      <h3>{t("live.yourRooms")}</h3>
      <ul>
        {rooms.map((room) => (
          <li key={room.room}>
            <span className="ws-live-room-name">
              <strong>{room.title || room.room}</strong>
              <span className="ws-live-hint">
                {room.endedAt
                  ? t("live.ended", { when: when(room.endedAt) })
                  : `${t("live.lastEdit", { when: when(room.lastActivity) })}${room.participants ? t("live.connected", { count: room.participants }) : ""}`}
              </span>
            </span>
            {!room.endedAt && (
              <button type="button" className="ws-button" onClick={() => onReopen(room.room)}>
                {t("live.reopen")}
              </button>
            )}
            <button
              type="button"
              className="ws-button"
              aria-label={t("live.downloadOf", { room: room.title || room.room })}
              onClick={() => void download(room)}
            >
              {t("live.download")}
            </button>
            {!room.endedAt && ending !== room.room && (
              <button
                type="button"
                className="ws-button"
                aria-label={t("live.endOf", { room: room.title || room.room })}
                onClick={() => setEnding(room.room)}
              >
                {t("live.end")}
              </button>
            )}
            {ending === room.room && (
              <button type="button" className="ws-button ws-button-danger" onClick={() => void end(room)}>
                {t("live.endForEveryone")}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

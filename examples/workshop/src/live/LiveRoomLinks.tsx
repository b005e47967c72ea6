import { formatDate } from "@journeykit/core";
import { RichText, slot } from "../i18n/RichText";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
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
  const { t, locale } = useWorkshopText();
  const until = formatDate(room.expiresAt, { locale, style: "time" });
  return (
    <>
      <section className="ws-live-join" aria-label={t("live.participantsLink")}>
        <JoinQrCode url={links.participant} />
        <div className="ws-live-join-text">
          <p>
            <strong>{t("live.scanThis")}</strong>
            <RichText
              text={t("live.scanRest", { title: slot("title") })}
              parts={{ title: <em>{room.title}</em> }}
            />
          </p>
          <CopyableLink url={links.participant} label={t("live.participantsLink")} />
          <p className="ws-live-hint">{t("live.validUntil", { time: until })}</p>
        </div>
      </section>
      <section className="ws-live-projector" aria-label={t("live.projectorLink")}>
        <p>
          <strong>{t("live.projector")}</strong>
          {t("live.projectorWhat")}
        </p>
        <CopyableLink url={links.projector} label={t("live.projectorLink")} />
      </section>
    </>
  );
}

import { formatDate } from "@journeykit/core";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { RichText, slot } from "../i18n/RichText";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import { JoinQrCode } from "./JoinQrCode";
import { defaultServer, type LiveLink, liveHash, liveUrl, ROOM_NAME } from "./live-link";
import { readRoomTokenClaims } from "./room-token-claims";
import { useInviteToken } from "./use-invite-token";
import { useLocalFacilitatorToken } from "./use-local-facilitator-token";

/**
 * Set by `pnpm live`: the server, the room, and the address phones reach the app at. (The facilitator's
 * token is not among them: these are written into the JavaScript everyone downloads.)
 */
const env = import.meta.env as Record<string, string | undefined>;

/** Where participants open the app: the address `pnpm live` found on the network, else this page's. */
export function publicOrigin(): string {
  return env.VITE_JOURNEYKIT_PUBLIC_ORIGIN || window.location.origin;
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

/**
 * Start a live session (from a map), or invite people to the one running: the server, room and the
 * facilitator's token (prefilled by `pnpm live`), the join link and its QR code. The join link carries a
 * participant's token the server gives for it (edit and vote, not lock or run voting), which expires
 * with the facilitator's.
 */
export function LiveSessionDialog({
  mode,
  mapId,
  current,
  onClose,
}: {
  mode: "start" | "invite";
  mapId?: string;
  current?: LiveLink;
  onClose: () => void;
}) {
  const id = useId();
  const { t, locale } = useWorkshopText();
  const [server, setServer] = useState(
    () => current?.server ?? defaultServer(env.VITE_JOURNEYKIT_SERVER, window.location),
  );
  const [room, setRoom] = useState(() => current?.room ?? env.VITE_JOURNEYKIT_ROOM ?? "");
  const [token, setToken] = useState(() => current?.token ?? "");
  // pnpm live gives the facilitator's token to a browser on the machine running it, and no other.
  useLocalFacilitatorToken(mode === "start" && !current, (found) => setToken((typed) => typed || found));
  const [copied, setCopied] = useState<"copied" | "selected" | null>(null);
  const first = useRef<HTMLInputElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    (mode === "start" ? first.current : close.current)?.focus();
  }, [mode]);
  const roomOk = ROOM_NAME.test(room);
  const serverOk = /^wss?:\/\/[^/\s]+/.test(server);
  const facilitatorToken = token.trim();
  const claims = readRoomTokenClaims(facilitatorToken);
  const tokenOk = claims.facilitator;
  const ready = roomOk && serverOk && tokenOk;
  const invite = useInviteToken(ready ? { server, room, token: facilitatorToken } : null);
  const joinUrl =
    invite.status === "ready"
      ? liveUrl(
          { server, room, token: invite.token, facilitator: false },
          publicOrigin(),
          window.location.pathname,
        )
      : null;
  const onLoopback = LOOPBACK.test(new URL(publicOrigin()).hostname);
  const start = (event: FormEvent) => {
    event.preventDefault();
    if (!ready || invite.status === "error") return;
    window.location.hash = liveHash({
      server,
      room,
      token: facilitatorToken,
      facilitator: true,
      ...(mapId ? { map: mapId } : {}),
    });
    onClose();
  };
  const until = claims.expiresAt && formatDate(claims.expiresAt, { locale, style: "time" });
  const linkInput = useRef<HTMLInputElement>(null);
  // The clipboard API exists only in secure contexts (https, localhost): a facilitator on the network
  // address over plain http gets the link selected to copy with Ctrl+C / Cmd+C instead.
  const copy = async () => {
    if (!joinUrl) return;
    try {
      if (!navigator.clipboard) throw new Error("no clipboard here");
      await navigator.clipboard.writeText(joinUrl);
      setCopied("copied");
    } catch {
      linkInput.current?.focus();
      linkInput.current?.select();
      setCopied("selected");
    }
  };
  return (
    <div className="ws-modal-backdrop ws-live-backdrop">
      <form
        className="ws-live-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onSubmit={start}
        onKeyDown={(event) => event.key === "Escape" && onClose()}
      >
        <h2 id={`${id}-title`}>{mode === "start" ? t("live.startTitle") : t("live.inviteTitle")}</h2>
        {mode === "start" && (
          <>
            <p className="ws-live-hint">{t("live.tokenHint")}</p>
            <label className="ws-live-field">
              <span>{t("live.server")}</span>
              <input
                ref={first}
                value={server}
                onChange={(e) => setServer(e.target.value)}
                aria-invalid={!serverOk}
                placeholder="ws://192.168.1.20:1234"
                spellCheck={false}
              />
            </label>
            {!serverOk && <p className="ws-live-error">{t("live.serverInvalid")}</p>}
            <label className="ws-live-field">
              <span>{t("live.room")}</span>
              <input
                value={room}
                onChange={(e) => setRoom(e.target.value)}
                aria-invalid={room !== "" && !roomOk}
                placeholder="workshop"
                spellCheck={false}
              />
            </label>
            {room !== "" && !roomOk && <p className="ws-live-error">{t("live.roomInvalid")}</p>}
            <label className="ws-live-field">
              <span>{t("live.token")}</span>
              <input
                value={token}
                onChange={(e) => setToken(e.target.value)}
                aria-invalid={facilitatorToken !== "" && !tokenOk}
                placeholder="journeykit-server token --role edit --facilitator …"
                spellCheck={false}
              />
            </label>
            {facilitatorToken !== "" && !tokenOk && (
              <p className="ws-live-error">
                <RichText
                  text={t("live.tokenInvalid", { command: slot("command"), live: slot("live") })}
                  parts={{
                    command: <code>journeykit-server token --room … --name … --role edit --facilitator</code>,
                    live: <code>pnpm live</code>,
                  }}
                />
              </p>
            )}
          </>
        )}
        {invite.status === "loading" && (
          <p className="ws-live-hint" role="status">
            {t("live.gettingLink")}
          </p>
        )}
        {invite.status === "error" && (
          <p className="ws-live-error" role="alert">
            {invite.message}
          </p>
        )}
        {joinUrl && (
          <section className="ws-live-join" aria-label={t("live.joinLink")}>
            <JoinQrCode url={joinUrl} />
            <div className="ws-live-join-text">
              <p>
                <strong>{t("live.scanThis")}</strong>
                {t("live.scanOrOpen")}
              </p>
              <input
                ref={linkInput}
                className="ws-live-link"
                readOnly
                value={joinUrl}
                aria-label={t("live.joinLink")}
                onFocus={(event) => event.currentTarget.select()}
              />
              <button type="button" className="ws-button" onClick={() => void copy()}>
                {copied === "copied" ? t("draft.copied") : t("live.copyLink")}
              </button>
              {copied === "selected" && (
                <p className="ws-live-hint" role="status">
                  {t("live.noClipboard")}
                </p>
              )}
              {onLoopback && (
                <p className="ws-live-warning">
                  <RichText
                    text={t("live.loopback", { host: new URL(publicOrigin()).hostname, live: slot("live") })}
                    parts={{ live: <code>pnpm live</code> }}
                  />
                </p>
              )}
              <p className="ws-live-hint">
                {t("live.linkLets", { until: until ? t("live.until", { time: until }) : "" })}
              </p>
            </div>
          </section>
        )}
        <div className="ws-live-actions">
          <button ref={close} type="button" className="ws-button" onClick={onClose}>
            {mode === "start" ? t("common.cancel") : t("live.done")}
          </button>
          {mode === "start" && (
            <button
              type="submit"
              className="ws-button ws-button-primary"
              disabled={!ready || invite.status === "error"}
            >
              {t("live.startTitle")}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}

import type { JourneyMap } from "@journeykit/core";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import { useLibrary } from "../storage/library-context";
import { FacilitatorRooms } from "./FacilitatorRooms";
import { openRoom, SessionRefused, type StartedRoom, signIn, startRoom } from "./facilitator-api";
import { type FacilitatorSession, rememberedSession, rememberSession } from "./facilitator-session-store";
import { LiveRoomLinks } from "./LiveRoomLinks";
import { liveHash } from "./live-link";
import { ownServerUrl } from "./served-by-server";

type Step =
  | { kind: "ready" }
  | { kind: "working"; what: string }
  | { kind: "started"; room: StartedRoom; reopened: boolean };

/**
 * "● Live" on an app served by journeykit-server: the facilitator types the passcode once (this
 * browser then keeps the server's session, not the passcode), the room is started from the current
 * map, and the dialog shows the participants' link with its QR code and the projector's link. With
 * `room`, it gives the links of a running room instead (Invite). Earlier rooms can be reopened,
 * downloaded or ended.
 */
export function ServedLiveDialog({
  mapId,
  room,
  onClose,
}: {
  /** The stored map the room starts from. */
  mapId?: string;
  /** A running room to invite people to (instead of starting one). */
  room?: string;
  onClose: () => void;
}) {
  const id = useId();
  const { t } = useWorkshopText();
  const library = useLibrary();
  const ownServer = ownServerUrl();
  const [session, setSession] = useState<FacilitatorSession | null>(() => rememberedSession());
  const [passcode, setPasscode] = useState("");
  const [step, setStep] = useState<Step>({ kind: "ready" });
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  const primary = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLFormElement>(null);

  const fail = (problem: unknown) => {
    if (problem instanceof SessionRefused) {
      rememberSession(null);
      setSession(null);
      setError(`${problem.message.charAt(0).toUpperCase()}${problem.message.slice(1)}.`);
    } else setError(problem instanceof Error ? problem.message : String(problem));
    setStep({ kind: "ready" });
  };

  const currentMap = async (): Promise<JourneyMap> => {
    const stored = mapId ? await library.loadVersion(mapId) : undefined;
    if (!stored) throw new Error(t("live.notStored"));
    return stored.map;
  };

  const go = async (target?: string) => {
    setError(null);
    try {
      let active = session;
      if (!active) {
        setStep({ kind: "working", what: t("live.checking") });
        active = await signIn(passcode);
        rememberSession(active);
        setSession(active);
        setPasscode("");
      }
      const reopen = target ?? room;
      setStep({ kind: "working", what: reopen ? t("live.opening") : t("live.starting") });
      const started = reopen
        ? await openRoom(active, reopen)
        : await startRoom(active, await currentMap(), mapId);
      setStep({ kind: "started", room: started, reopened: reopen !== undefined });
    } catch (problem) {
      fail(problem);
    }
  };

  // Invite in a running room with the session remembered: the links come without a question.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the dialog opens
  useEffect(() => {
    if (room && session) void go(room);
  }, []);

  useEffect(() => {
    if (step.kind === "ready") (first.current ?? primary.current)?.focus();
    else if (step.kind === "started")
      dialog.current?.querySelector<HTMLElement>(".ws-button-primary")?.focus();
  }, [step.kind]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (step.kind === "started") {
      window.location.hash = liveHash(
        { server: ownServer, room: step.room.room, token: step.room.tokens.facilitator, facilitator: true },
        ownServer,
      );
      onClose();
      return;
    }
    if (step.kind === "working" || (!session && passcode.trim() === "")) return;
    void go();
  };

  const inRoom = room !== undefined && window.location.hash.includes(`/live/${encodeURIComponent(room)}`);
  const title =
    step.kind !== "started"
      ? t("live.startTitle")
      : room
        ? t("live.inviteTitle")
        : step.reopened
          ? t("live.reopened")
          : t("live.started");
  return (
    <div className="ws-modal-backdrop ws-live-backdrop">
      <form
        ref={dialog}
        className="ws-live-dialog ws-live-dialog-wide"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onSubmit={submit}
        onKeyDown={(event) => event.key === "Escape" && onClose()}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        {step.kind !== "started" && !session && (
          <>
            <p className="ws-live-hint">{t("live.passcodeHint")}</p>
            <label className="ws-live-field">
              <span>{t("live.passcode")}</span>
              <input
                ref={first}
                type="password"
                autoComplete="current-password"
                value={passcode}
                onChange={(event) => setPasscode(event.target.value)}
                spellCheck={false}
                disabled={step.kind === "working"}
              />
            </label>
          </>
        )}
        {step.kind !== "started" && session && !room && (
          <p className="ws-live-hint">{t("live.startRoomHint")}</p>
        )}
        {step.kind === "working" && (
          <p className="ws-live-hint" role="status">
            {step.what}
          </p>
        )}
        {error && (
          <p className="ws-live-error" role="alert">
            {error}
          </p>
        )}
        {step.kind === "started" && <LiveRoomLinks room={step.room} ownServer={ownServer} />}
        {step.kind !== "started" && session && !room && (
          <FacilitatorRooms session={session} onReopen={(target) => void go(target)} onError={fail} />
        )}
        <div className="ws-live-actions">
          <button type="button" className="ws-button" onClick={onClose}>
            {step.kind === "started" ? t("live.done") : t("common.cancel")}
          </button>
          {step.kind === "started" ? (
            !inRoom && (
              <button type="submit" className="ws-button ws-button-primary">
                {t("live.enter")}
              </button>
            )
          ) : (
            <button
              ref={primary}
              type="submit"
              className="ws-button ws-button-primary"
              disabled={step.kind === "working" || (!session && passcode.trim() === "")}
            >
              {room ? t("live.showLinks") : t("live.startTitle")}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}

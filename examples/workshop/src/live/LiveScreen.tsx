import { isLocked, setLocked, watchLock } from "@journeykit/collab";
import type { JoinedRoom } from "@journeykit/collab/hocuspocus";
import { getTemplate, type JourneyMap } from "@journeykit/core";
import { JourneyMapEditor } from "@journeykit/react";
import { useEffect, useState, useSyncExternalStore } from "react";
import { useLibrary } from "../storage/library-context";
import { ThemeToggle } from "../theme/ThemeToggle";
import { useThemePreference } from "../theme/theme-preference";
import { LivePresentation } from "./follow/LivePresentation";
import { JoinForm } from "./JoinForm";
import { joinedAs, rememberJoined } from "./joined-rooms";
import { LiveSessionDialog } from "./LiveSessionDialog";
import { LiveVotingControls } from "./LiveVotingControls";
import { LiveVotingNotice } from "./LiveVotingNotice";
import type { LiveLink } from "./live-link";
import { type LiveStatus, statusText } from "./live-status";
import { participantColour } from "./participant-colour";
import { PhoneLive } from "./phone/PhoneLive";
import { PhoneViewButton } from "./phone/PhoneViewButton";
import { usePhoneView } from "./phone/use-phone-view";
import { readRoomTokenClaims } from "./room-token-claims";
import { ServedLiveDialog } from "./ServedLiveDialog";
import { servedByJourneykitServer } from "./served-by-server";
import { type LiveUser, useLiveRoom } from "./use-live-room";
import { useLiveVoting } from "./use-live-voting";
import { useLiveVotingPanels } from "./use-live-voting-panels";
import "./live.css";
import { LanguageSwitch } from "../i18n/LanguageSwitch";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";

/** The map a facilitator seeds an empty room with: the stored map they started from, else a sample. */
function useSeedMap(link: LiveLink): JourneyMap | undefined | "loading" {
  const library = useLibrary();
  const [map, setMap] = useState<JourneyMap | undefined | "loading">(
    link.facilitator ? "loading" : undefined,
  );
  useEffect(() => {
    if (!link.facilitator) return;
    let live = true;
    const sample = () => getTemplate("restaurant-complaint-recovery")?.create();
    (link.map
      ? library.loadVersion(link.map).then((v) => v?.map ?? sample())
      : Promise.resolve(sample())
    ).then(
      (found) => live && setMap(found),
      () => live && setMap(sample()),
    );
    return () => {
      live = false;
    };
  }, [library, link.facilitator, link.map]);
  return map;
}

/** The projector (a view-only link) joins without a name to type: nobody stands at it. */
const PROJECTOR: LiveUser = { name: "Projector", colour: participantColour("Projector") };

/** A live session: ask the name, join the room, then the shared editor with the status pill. */
export function LiveScreen({ link }: { link: LiveLink }) {
  const viewOnly = readRoomTokenClaims(link.token).role === "view";
  // Someone who joined this room in this browser before (a reload, the link again) is back at once.
  const [user, setUser] = useState<LiveUser | null>(() => (viewOnly ? PROJECTOR : joinedAs(link.room)));
  const seed = useSeedMap(link);
  const state = useLiveRoom(link, seed === "loading" ? null : user, seed === "loading" ? undefined : seed);
  const { t } = useWorkshopText();
  // A participant on a phone gets the phone view (the facilitator runs the room from the full editor).
  const phone = usePhoneView(!link.facilitator);
  if (!user) {
    const join = (joined: LiveUser) => {
      rememberJoined(link.room, joined.name);
      setUser(joined);
    };
    return <JoinForm room={link.room} facilitator={link.facilitator} onJoin={join} />;
  }
  if (state.kind === "refused")
    return (
      <main className="ws-start">
        <div className="ws-alert ws-alert-error" role="alert">
          <strong>{t("live.couldNotJoin")}</strong> {state.message}
        </div>
        <a className="ws-button" href="#/">
          {t("common.backToAllMaps")}
        </a>
      </main>
    );
  if (state.kind === "joining")
    return <p className="ws-loading">{t("live.joiningRoom", { room: link.room })}</p>;
  if (phone.shown)
    return (
      <PhoneLive
        link={link}
        room={state.room}
        name={user.name}
        viewOnly={viewOnly}
        status={<StatusPill status={state.status} />}
        onFullMap={phone.showMap}
      />
    );
  return (
    <LiveEditor
      link={link}
      room={state.room}
      status={state.status}
      name={user.name}
      viewOnly={viewOnly}
      onPhoneView={phone.available ? phone.showPhone : undefined}
    />
  );
}

function StatusPill({ status }: { status: LiveStatus }) {
  const text = useWorkshopText();
  return (
    <output className="ws-live-status" data-status={status} aria-live="polite">
      <span className="ws-live-dot" aria-hidden="true" />
      {statusText(status, text)}
    </output>
  );
}

function LiveEditor({
  link,
  room,
  status,
  name,
  viewOnly,
  onPhoneView,
}: {
  link: LiveLink;
  room: JoinedRoom;
  status: LiveStatus;
  name: string;
  /** A view token (the projector): the server drops its writes, so the editor offers none. */
  viewOnly: boolean;
  /** On a phone: back to the phone view. */
  onPhoneView: (() => void) | undefined;
}) {
  const { preference } = useThemePreference();
  const { t, editor: language } = useWorkshopText();
  const { adapter, doc } = room;
  const map = useSyncExternalStore(adapter.subscribe, adapter.getMap);
  const [locked, setLockedState] = useState(() => isLocked(doc));
  useEffect(() => watchLock(doc, setLockedState), [doc]);
  const [inviting, setInviting] = useState(false);
  const [presenting, setPresenting] = useState(false);
  const readOnly = viewOnly || (locked && !link.facilitator);
  const voting = useLiveVoting(room, name, map, readRoomTokenClaims(link.token).participant);
  const votingPanels = useLiveVotingPanels(voting, map, link.facilitator);
  return (
    <div className="ws-workshop">
      <header className="ws-topbar">
        <a className="ws-brand" href="#/" title={t("live.leaveTitle")}>
          ◐ journeykit
        </a>
        <ThemeToggle preference={preference} />
        <LanguageSwitch />
        <h1 className="ws-map-title">{map?.title || t("live.session")}</h1>
        <StatusPill status={status} />
        <nav className="ws-topbar-actions" aria-label={t("live.session")}>
          <LiveVotingControls voting={voting} facilitator={link.facilitator} map={map} />
          {link.facilitator && (
            <>
              <button type="button" className="ws-button" disabled={!map} onClick={() => setPresenting(true)}>
                {t("workshop.present")}
              </button>
              <button
                type="button"
                className="ws-button"
                aria-pressed={locked}
                onClick={() => setLocked(doc, !locked)}
              >
                {locked ? t("live.unlock") : t("live.lock")}
              </button>
              <button type="button" className="ws-button ws-button-primary" onClick={() => setInviting(true)}>
                {t("live.invite")}
              </button>
            </>
          )}
          {onPhoneView && <PhoneViewButton onClick={onPhoneView} />}
          <a className="ws-button" href="#/">
            {t("live.leave")}
          </a>
        </nav>
      </header>
      {map && (
        <LivePresentation
          presence={adapter.presence}
          selfId={doc.clientID}
          map={map}
          presenting={presenting}
          onPresentEnd={() => setPresenting(false)}
        />
      )}
      {readOnly && !viewOnly && (
        <div className="ws-live-locked" role="status">
          {t("live.locked")}
        </div>
      )}
      <LiveVotingNotice voting={voting} facilitator={link.facilitator} map={map} />
      <main className="ws-body">
        {map ? (
          <JourneyMapEditor
            className="ws-editor"
            collaboration={adapter}
            readOnly={readOnly}
            theme={preference}
            voting={voting.state.open}
            onVote={voting.vote}
            {...votingPanels}
            {...language}
          />
        ) : (
          <p className="ws-loading">{t("live.waiting")}</p>
        )}
      </main>
      {inviting &&
        (servedByJourneykitServer() ? (
          <ServedLiveDialog room={link.room} onClose={() => setInviting(false)} />
        ) : (
          <LiveSessionDialog mode="invite" current={link} onClose={() => setInviting(false)} />
        ))}
    </div>
  );
}

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
import { type LiveStatus, STATUS_TEXT } from "./live-status";
import { participantColour } from "./participant-colour";
import { readRoomTokenClaims } from "./room-token-claims";
import { ServedLiveDialog } from "./ServedLiveDialog";
import { servedByJourneykitServer } from "./served-by-server";
import { type LiveUser, useLiveRoom } from "./use-live-room";
import { useLiveVoting } from "./use-live-voting";
import { useLiveVotingPanels } from "./use-live-voting-panels";
import "./live.css";

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
          <strong>Could not join the live session.</strong> {state.message}
        </div>
        <a className="ws-button" href="#/">
          Back to all maps
        </a>
      </main>
    );
  if (state.kind === "joining") return <p className="ws-loading">Joining room {link.room}…</p>;
  return (
    <LiveEditor link={link} room={state.room} status={state.status} name={user.name} viewOnly={viewOnly} />
  );
}

function StatusPill({ status }: { status: LiveStatus }) {
  return (
    <output className="ws-live-status" data-status={status} aria-live="polite">
      <span className="ws-live-dot" aria-hidden="true" />
      {STATUS_TEXT[status]}
    </output>
  );
}

function LiveEditor({
  link,
  room,
  status,
  name,
  viewOnly,
}: {
  link: LiveLink;
  room: JoinedRoom;
  status: LiveStatus;
  name: string;
  /** A view token (the projector): the server drops its writes, so the editor offers none. */
  viewOnly: boolean;
}) {
  const { preference } = useThemePreference();
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
        <a className="ws-brand" href="#/" title="Leave the session: all maps">
          ◐ journeykit
        </a>
        <ThemeToggle preference={preference} />
        <h1 className="ws-map-title">{map?.title || "Live session"}</h1>
        <StatusPill status={status} />
        <nav className="ws-topbar-actions" aria-label="Live session">
          <LiveVotingControls voting={voting} facilitator={link.facilitator} map={map} />
          {link.facilitator && (
            <>
              <button type="button" className="ws-button" disabled={!map} onClick={() => setPresenting(true)}>
                Present
              </button>
              <button
                type="button"
                className="ws-button"
                aria-pressed={locked}
                onClick={() => setLocked(doc, !locked)}
              >
                {locked ? "Unlock editing" : "Lock editing"}
              </button>
              <button type="button" className="ws-button ws-button-primary" onClick={() => setInviting(true)}>
                Invite
              </button>
            </>
          )}
          <a className="ws-button" href="#/">
            Leave
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
          The facilitator has locked editing: you can follow along, pointers stay visible.
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
          />
        ) : (
          <p className="ws-loading">Waiting for the facilitator to share the map…</p>
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

import { isLocked, watchLock } from "@journeykit/collab";
import type { JoinedRoom } from "@journeykit/collab/hocuspocus";
import { type ReactNode, useEffect, useState } from "react";
import type { LiveLink } from "../live-link";
import { readRoomTokenClaims } from "../room-token-claims";
import { useLiveVoting } from "../use-live-voting";
import { PhoneView } from "./PhoneView";
import { useSharedMap } from "./use-shared-map";

/**
 * The phone view of a joined room, for a participant (never the facilitator): their dots counted by
 * the server under the token's participant id as on the full map, editing locked while the
 * facilitator locks it, and nothing to edit or vote with on a view-only link.
 */
export function PhoneLive({
  link,
  room,
  name,
  viewOnly,
  status,
  onFullMap,
}: {
  link: LiveLink;
  room: JoinedRoom;
  name: string;
  viewOnly: boolean;
  status: ReactNode;
  onFullMap: () => void;
}) {
  const { adapter, doc } = room;
  const { map, edit } = useSharedMap(adapter);
  const [locked, setLocked] = useState(() => isLocked(doc));
  useEffect(() => watchLock(doc, setLocked), [doc]);
  const voting = useLiveVoting(room, name, map, readRoomTokenClaims(link.token).participant);
  return (
    <PhoneView
      map={map}
      edit={edit}
      presence={adapter.presence}
      voting={voting}
      access={viewOnly ? "view" : locked ? "locked" : "edit"}
      status={status}
      onFullMap={onFullMap}
    />
  );
}

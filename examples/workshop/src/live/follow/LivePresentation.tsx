import type { CollaborationPresence, Peer } from "@journeykit/collab";
import type { JourneyMap } from "@journeykit/core";
import { Presenter } from "../../presenter/Presenter";
import { FollowBar } from "./FollowBar";
import { FollowMeToggle } from "./FollowMeToggle";
import { FollowPrompt } from "./FollowPrompt";
import { useFollow } from "./use-follow";
import { usePeers } from "./use-peers";
import { usePresenting } from "./use-presenting";
import { followersOf } from "./whom-to-follow";
import "./follow.css";

export interface LivePresentationProps {
  presence: CollaborationPresence;
  /** This participant's client id in the room (the Y.Doc's), to count who follows them. */
  selfId: number;
  map: JourneyMap;
  /** This participant presents (the facilitator pressed Present). */
  presenting: boolean;
  /** They closed their presenter (Esc or Exit). */
  onPresentEnd: () => void;
}

/**
 * Presenting in a live session, for everyone: the presenter's own presenter with "Follow me"; for the
 * others, the presenter's stage full screen while they follow ("Following Ana · Stop following"), or
 * "Follow Ana" in their editor once they stopped. The editor stays mounted underneath, so nobody's
 * work is touched.
 */
export function LivePresentation({ presence, selfId, map, presenting, onPresentEnd }: LivePresentationProps) {
  const peers = usePeers(presence);
  const follow = useFollow(presence, peers, !presenting);
  if (presenting)
    return (
      <OwnPresentation presence={presence} peers={peers} selfId={selfId} map={map} onClose={onPresentEnd} />
    );
  if (!follow.leader) return null;
  if (!follow.following)
    return <FollowPrompt key={follow.leader.clientId} leader={follow.leader} onFollow={follow.follow} />;
  return (
    <Presenter
      map={map}
      stageId={follow.leader.stageId}
      navigation={false}
      fullscreen={false}
      clock={false}
      exitLabel={null}
      banner={<FollowBar leader={follow.leader} onStop={follow.stop} />}
      onClose={follow.stop}
    />
  );
}

function OwnPresentation({
  presence,
  peers,
  selfId,
  map,
  onClose,
}: {
  presence: CollaborationPresence;
  peers: readonly Peer[];
  selfId: number;
  map: JourneyMap;
  onClose: () => void;
}) {
  const { stageId, showStage, followMe, setFollowMe } = usePresenting(presence, map);
  return (
    <Presenter
      map={map}
      stageId={stageId}
      onStageChange={showStage}
      onClose={onClose}
      actions={<FollowMeToggle on={followMe} onToggle={setFollowMe} followers={followersOf(peers, selfId)} />}
    />
  );
}

import type { CollaborationPresence } from "@journeykit/collab";
import type { JourneyMap } from "@journeykit/core";
import { useEffect, useState } from "react";

/** The presenter's side of a live presentation. */
export interface Presenting {
  /** The stage shown (shared with the room). */
  stageId: string | undefined;
  showStage(stageId: string): void;
  /** "Follow me": everyone else's screen follows this presentation. */
  followMe: boolean;
  setFollowMe(on: boolean): void;
}

/**
 * Shares a presentation through presence while it is open: the stage shown (`presenting`, and
 * `focusedStage`, the stage looked at) and whether follow me is on. When it closes (or the room is
 * left), all three are cleared, so followers go back to their editors.
 */
export function usePresenting(presence: CollaborationPresence, map: JourneyMap): Presenting {
  const [stageId, showStage] = useState<string | undefined>(() => map.stages[0]?.id);
  const [followMe, setFollowMe] = useState(false);
  // A stage removed by someone else while it is shown: the presentation goes on from the first one.
  const shown = map.stages.some((stage) => stage.id === stageId) ? stageId : map.stages[0]?.id;

  useEffect(() => {
    presence.setLocal({ presenting: shown ?? null, focusedStage: shown ?? null, followMe });
  }, [presence, shown, followMe]);
  useEffect(
    () => () => presence.setLocal({ presenting: null, focusedStage: null, followMe: false }),
    [presence],
  );
  return { stageId: shown, showStage, followMe, setFollowMe };
}

import type { CollaborationPresence } from "@journeykit/collab";
import type { JourneyMap } from "@journeykit/core";
import { useEffect, useState } from "react";
import { presenterSlideKeys, stageOfSlide } from "../../presenter/presenter-slides";

/** The presenter's side of a live presentation. */
export interface Presenting {
  /** The slide shown, by key: a stage's id, the overview or the summary (shared with the room). */
  stageId: string | undefined;
  showStage(stageId: string): void;
  /** "Follow me": everyone else's screen follows this presentation. */
  followMe: boolean;
  setFollowMe(on: boolean): void;
}

/**
 * Shares a presentation through presence while it is open: the stage shown (`presenting`, and
 * `focusedStage`, the stage looked at, none on the overview and summary) and whether follow me is on. When it closes (or the room is
 * left), all three are cleared, so followers go back to their editors.
 */
export function usePresenting(presence: CollaborationPresence, map: JourneyMap): Presenting {
  const [stageId, showStage] = useState<string | undefined>(() => presenterSlideKeys(map)[0]);
  const [followMe, setFollowMe] = useState(false);
  // A stage removed by someone else while it is shown: the presentation goes on from the overview.
  const keys = presenterSlideKeys(map);
  const shown = stageId !== undefined && keys.includes(stageId) ? stageId : keys[0];
  const focused = stageOfSlide(map, shown);

  useEffect(() => {
    presence.setLocal({ presenting: shown ?? null, focusedStage: focused ?? null, followMe });
  }, [presence, shown, focused, followMe]);
  useEffect(
    () => () => presence.setLocal({ presenting: null, focusedStage: null, followMe: false }),
    [presence],
  );
  return { stageId: shown, showStage, followMe, setFollowMe };
}

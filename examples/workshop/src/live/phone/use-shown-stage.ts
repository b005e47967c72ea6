import type { JourneyMap } from "@journeykit/core";
import { useState } from "react";
import { stageOfSlide } from "../../presenter/presenter-slides";
import type { Follow } from "../follow/use-follow";

/** The stage a phone shows, and how a participant picks another. */
export interface ShownStage {
  /** Undefined only on a map with no stages. */
  stageId: string | undefined;
  /** The stage the presenter shows (none on their overview or summary slide, or when nobody presents). */
  presenterStage: string | undefined;
  /** The presenter's stage this phone goes to once the card being typed is added or closed. */
  waitingFor: string | undefined;
  /** Show a stage: picking one the presenter is not on stops following them. */
  pick(stageId: string): void;
}

/**
 * Which stage a phone shows: the one the participant picked (the first stage at the start, and when
 * the picked one is removed), or while they follow the presenter, the stage the presenter shows. The
 * jump waits while `typingIn` the stage shown (their text stays where they were typing it), and the
 * stage followed to stays shown when they stop following or the presenter goes to the overview.
 */
export function useShownStage(
  map: JourneyMap,
  follow: Follow,
  typingIn: (stageId: string) => boolean,
): ShownStage {
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const presenterStage = follow.leader ? stageOfSlide(map, follow.leader.stageId) : undefined;
  const kept = picked !== undefined && map.stages.some((stage) => stage.id === picked) ? picked : undefined;
  const current = kept ?? map.stages[0]?.id;
  const held = current !== undefined && typingIn(current);
  const jump = follow.following && !held ? presenterStage : undefined;
  if (jump !== undefined && jump !== picked) setPicked(jump);
  const stageId = jump ?? current;
  return {
    stageId,
    presenterStage,
    waitingFor: follow.following && presenterStage !== stageId ? presenterStage : undefined,
    pick(next) {
      if (follow.following && next !== presenterStage) follow.stop();
      setPicked(next);
    },
  };
}

import { formatNumber } from "../labels/format-number.js";
import type { JourneyMap } from "../records/journey-map.js";
import type { MomentOfTruth } from "../records/moment-of-truth.js";
import { meanStageEmotion } from "./stage-emotion.js";

/** A moment of truth at risk, with the reason and its risk score. */
export interface MomentAtRisk {
  moment: MomentOfTruth;
  stageName: string;
  /** Mean emotion of the moment's personas (or all) at its stage; null when unscored. */
  emotion: number | null;
  /** importance x (negativity + 3 when the outcome is "fail"); higher is worse. */
  risk: number;
  reasons: string[];
}

/**
 * Important moments of truth (importance ≥ 3) whose stage emotion is negative or whose outcome is
 * "fail", worst first. Risk = importance × (−emotion, if negative) + importance × 3 for a failed
 * outcome, so a failed moment weighs like a −3 stage.
 *
 * @example
 * momentsAtRisk(map)[0]; // { moment: { title: "The dish arrives cold", ... }, risk: 30, reasons: [...] }
 */
export function momentsAtRisk(map: JourneyMap): MomentAtRisk[] {
  const atRisk: MomentAtRisk[] = [];
  for (const moment of map.momentsOfTruth) {
    if (moment.importance < 3) continue;
    const emotion = meanStageEmotion(map, moment.stageId, moment.personaIds);
    const negativity = emotion !== null && emotion < 0 ? -emotion : 0;
    const failed = moment.outcome === "fail";
    if (negativity === 0 && !failed) continue;
    const reasons: string[] = [];
    if (failed) reasons.push("the outcome failed");
    if (negativity > 0) reasons.push(`the room scores the stage ${formatNumber(emotion!, { digits: 1 })}`);
    atRisk.push({
      moment,
      stageName: map.stages.find((s) => s.id === moment.stageId)?.name ?? "",
      emotion,
      risk: Number((moment.importance * (negativity + (failed ? 3 : 0))).toFixed(2)),
      reasons,
    });
  }
  return atRisk.sort((a, b) => b.risk - a.risk || b.moment.importance - a.moment.importance);
}

import type { JourneyMap } from "../records/journey-map.js";
import { meanStageEmotion } from "./stage-emotion.js";

/** A stage ranked by how much it hurts, with the parts of its score. */
export interface PainHotspot {
  stageId: string;
  stageName: string;
  /** Mean emotion over all personas, or null. */
  emotion: number | null;
  painPoints: number;
  /** Sum of pain-point severities (3 when unrated), each boosted by 10% per dot vote. */
  severity: number;
  /** Highest moment-of-truth importance at the stage (1 when none). */
  importance: number;
  /** (1 + negativity) × severity × importance; higher is hotter. */
  heat: number;
}

/**
 * Stages ranked by negative emotion × pain severity × importance of the moments of truth there.
 * heat = (1 + max(0, −emotion)) × Σ severity·(1 + 0.1·votes) × max importance. Stages with no pain
 * points and no negative emotion are left out.
 *
 * @example
 * painHotspots(map)[0].stageName; // "Wait for food"
 */
export function painHotspots(map: JourneyMap): PainHotspot[] {
  const painLanes = new Set(map.lanes.filter((l) => l.kind === "painPoints").map((l) => l.id));
  const hotspots: PainHotspot[] = [];
  for (const stage of map.stages) {
    const pains = map.cards.filter((c) => c.stageId === stage.id && painLanes.has(c.laneId));
    const emotion = meanStageEmotion(map, stage.id);
    const negativity = emotion !== null && emotion < 0 ? -emotion : 0;
    if (pains.length === 0 && negativity === 0) continue;
    const severity = pains.reduce((sum, c) => sum + (c.severity ?? 3) * (1 + 0.1 * (c.votes ?? 0)), 0);
    const importance = Math.max(
      1,
      ...map.momentsOfTruth.filter((m) => m.stageId === stage.id).map((m) => m.importance),
    );
    hotspots.push({
      stageId: stage.id,
      stageName: stage.name,
      emotion,
      painPoints: pains.length,
      severity: Number(severity.toFixed(2)),
      importance,
      heat: Number(((1 + negativity) * Math.max(severity, 1) * importance).toFixed(2)),
    });
  }
  return hotspots.sort((a, b) => b.heat - a.heat);
}

import type { JourneyLayout, LaneRow } from "@journeykit/core";

/**
 * A lane as stage slides draw it, `top` its top in layout pixels once the lanes slides leave out
 * are removed: an emotions lane without cards (the curve has its own chart slide).
 */
export interface LaneBand {
  lane: LaneRow;
  top: number;
}

/** The lanes stage slides draw, stacked, and their total height in layout pixels. */
export function laneBands(layout: JourneyLayout): { bands: LaneBand[]; total: number } {
  const withCards = new Set(layout.cards.map((c) => c.laneId));
  const bands: LaneBand[] = [];
  let total = 0;
  for (const lane of layout.lanes) {
    if (lane.kind === "emotions" && !withCards.has(lane.id)) continue;
    bands.push({ lane, top: total });
    total += lane.height;
  }
  return { bands, total };
}

/** Where a layout y lies in the stacked bands (its lane's bottom edge counts); undefined in a lane left out. */
export function bandY(bands: readonly LaneBand[], py: number): number | undefined {
  const band =
    bands.find((b) => py >= b.lane.y && py < b.lane.y + b.lane.height) ??
    bands.find((b) => py === b.lane.y + b.lane.height);
  return band && band.top + (py - band.lane.y);
}

import * as z from "zod/mini";
import { createId } from "../ids.js";
import { idSchema, metaSchema, nameSchema } from "../schema-primitives.js";

/**
 * What a lane holds. `evidence`, `frontstage`, `backstage` and `support` make a service blueprint:
 * the editor draws the line of interaction, line of visibility and line of internal interaction
 * between them.
 */
export const LANE_KINDS = [
  "actions",
  "thoughts",
  "feelings",
  "touchpoints",
  "emotions",
  "painPoints",
  "opportunities",
  "evidence",
  "frontstage",
  "backstage",
  "support",
  "metrics",
  "notes",
] as const;

/** The kind of a lane. */
export const laneKindSchema = z.enum(LANE_KINDS);

/** The kind of a lane. */
export type LaneKind = z.infer<typeof laneKindSchema>;

/** Default titles for each lane kind. */
export const LANE_KIND_TITLES: Record<LaneKind, string> = {
  actions: "Actions",
  thoughts: "Thoughts",
  feelings: "Feelings",
  touchpoints: "Touchpoints",
  emotions: "Emotions",
  painPoints: "Pain points",
  opportunities: "Opportunities",
  evidence: "Physical evidence",
  frontstage: "Frontstage",
  backstage: "Backstage",
  support: "Support processes",
  metrics: "Metrics",
  notes: "Notes",
};

/** A lane: one ordered row of the map. */
export const laneSchema = z.object({
  id: idSchema,
  kind: laneKindSchema,
  title: nameSchema,
  meta: z.optional(metaSchema),
});

/** A lane: one ordered row of the map. */
export type Lane = z.infer<typeof laneSchema>;

/**
 * A new lane; its title defaults to the kind's title.
 *
 * @example
 * createLane({ kind: "painPoints" }); // title "Pain points"
 */
export function createLane(init: Partial<Lane> & { kind?: LaneKind } = {}): Lane {
  const kind = init.kind ?? "notes";
  return { id: createId("lane"), title: LANE_KIND_TITLES[kind], ...init, kind };
}

import * as z from "zod/mini";
import { createId } from "../ids.js";
import { idSchema, metaSchema, nameSchema } from "../schema-primitives.js";

/** What a metric measures. */
export const METRIC_KINDS = ["CSAT", "NPS", "CES", "retention", "conversion", "sentiment", "custom"] as const;

/** What a metric measures. */
export type MetricKind = (typeof METRIC_KINDS)[number];

/**
 * The value range of each metric kind, part of the format: CSAT, retention and conversion in percent
 * 0..100, NPS -100..100, CES 1..7 (CES 2.0 agreement scale, higher is better), sentiment -1..1.
 */
export const METRIC_RANGES: Record<MetricKind, { min: number; max: number } | undefined> = {
  CSAT: { min: 0, max: 100 },
  NPS: { min: -100, max: 100 },
  CES: { min: 1, max: 7 },
  retention: { min: 0, max: 100 },
  conversion: { min: 0, max: 100 },
  sentiment: { min: -1, max: 1 },
  custom: undefined,
};

const finite = z.number().check(z.refine(Number.isFinite, { message: "expected a finite number" }));

/** A measurement at a stage or touchpoint (or of the whole journey when neither is given). */
export const metricSchema = z
  .object({
    id: idSchema,
    kind: z.enum(METRIC_KINDS),
    label: z.optional(nameSchema),
    stageId: z.optional(idSchema),
    touchpointId: z.optional(idSchema),
    value: finite,
    target: z.optional(finite),
    sampleSize: z.optional(z.int().check(z.minimum(0))),
    source: z.optional(nameSchema),
    meta: z.optional(metaSchema),
  })
  .check(
    z.superRefine((metric, ctx) => {
      const range = METRIC_RANGES[metric.kind];
      if (!range) return;
      for (const key of ["value", "target"] as const) {
        const v = metric[key];
        if (v !== undefined && (v < range.min || v > range.max)) {
          ctx.addIssue({
            code: "custom",
            path: [key],
            input: v,
            message: `${metric.kind} ${key} must be between ${range.min} and ${range.max}`,
          });
        }
      }
    }),
  );

/** A measurement at a stage or touchpoint. */
export type Metric = z.infer<typeof metricSchema>;

/**
 * A new metric.
 *
 * @example
 * createMetric({ kind: "CSAT", stageId: pay.id, value: 72, target: 85 });
 */
export function createMetric(init: Partial<Metric> & { kind: MetricKind; value: number }): Metric {
  return { id: createId("metric"), ...init };
}

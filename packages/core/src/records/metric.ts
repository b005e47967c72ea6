import * as z from "zod/mini";
import { createId } from "../ids.js";
import { LIMITS } from "../limits.js";
import { idSchema, metaSchema, nameSchema } from "../schema-primitives.js";
import { evidenceDateSchema } from "./source.js";

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

/** One dated value of a metric's series (format version 2). */
export const metricPointSchema = z.object({
  date: evidenceDateSchema,
  value: finite,
  sampleSize: z.optional(z.int().check(z.minimum(0))),
});

/** One dated value of a metric's series. */
export type MetricPoint = z.infer<typeof metricPointSchema>;

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
    /** The `Source` record the value was computed from (format version 2). */
    sourceId: z.optional(idSchema),
    /** Half-width of the 95% confidence interval, in the metric's unit. */
    marginOfError: z.optional(finite.check(z.minimum(0))),
    /** The value over time, ascending dates (format version 2). */
    series: z.optional(z.array(metricPointSchema).check(z.maxLength(LIMITS.maxListLength))),
    meta: z.optional(metaSchema),
  })
  .check(
    z.superRefine((metric, ctx) => {
      const range = METRIC_RANGES[metric.kind];
      for (const key of ["value", "target"] as const) {
        const v = metric[key];
        if (range && v !== undefined && (v < range.min || v > range.max)) {
          ctx.addIssue({
            code: "custom",
            path: [key],
            input: v,
            message: `${metric.kind} ${key} must be between ${range.min} and ${range.max}`,
          });
        }
      }
      metric.series?.forEach((point, i) => {
        if (range && (point.value < range.min || point.value > range.max)) {
          ctx.addIssue({
            code: "custom",
            path: ["series", i, "value"],
            input: point.value,
            message: `${metric.kind} value must be between ${range.min} and ${range.max}`,
          });
        }
        const previous = metric.series?.[i - 1];
        if (previous && Date.parse(previous.date) > Date.parse(point.date)) {
          ctx.addIssue({
            code: "custom",
            path: ["series", i, "date"],
            input: point.date,
            message: `dates must ascend (${point.date} comes after ${previous.date})`,
          });
        }
      });
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

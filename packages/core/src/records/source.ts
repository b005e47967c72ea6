import * as z from "zod/mini";
import { createId } from "../ids.js";
import { idSchema, metaSchema, nameSchema } from "../schema-primitives.js";

/** Where evidence came from. */
export const SOURCE_KINDS = ["survey", "reviews", "support", "analytics", "interviews", "other"] as const;

/** Where evidence came from. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A calendar date (`2026-03-01`) or a date-time with an offset (`2026-03-01T09:00:00Z`). */
export const evidenceDateSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/**
 * Where evidence came from (format version 2): a survey export, a review site, support tickets, ...
 * Metrics and quotes name it by `sourceId`; the raw rows themselves never enter the map.
 */
export const sourceSchema = z
  .object({
    id: idSchema,
    kind: z.enum(SOURCE_KINDS),
    name: nameSchema,
    /** When the data was imported. */
    importedAt: z.iso.datetime({ offset: true }),
    /** How many rows (responses, reviews, tickets) the import read. */
    rowCount: z.optional(z.int().check(z.minimum(0))),
    /** The dates the rows cover. */
    period: z.optional(z.object({ from: evidenceDateSchema, to: evidenceDateSchema })),
    meta: z.optional(metaSchema),
  })
  .check(
    z.superRefine((source, ctx) => {
      if (source.period && source.period.from.slice(0, 10) > source.period.to.slice(0, 10)) {
        ctx.addIssue({
          code: "custom",
          path: ["period"],
          input: source.period,
          message: "period.from must not be after period.to",
        });
      }
    }),
  );

/** Where evidence came from. */
export type Source = z.infer<typeof sourceSchema>;

/**
 * A new source.
 *
 * @example
 * createSource({ kind: "survey", name: "Post-visit survey, March", rowCount: 2000 });
 */
export function createSource(init: Partial<Source> & { kind: SourceKind; name: string; now?: Date }): Source {
  const { now = new Date(), ...fields } = init;
  return { id: createId("src"), importedAt: now.toISOString(), ...fields };
}

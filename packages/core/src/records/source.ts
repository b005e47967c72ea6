import * as z from "zod/mini";
import { createId } from "../ids.js";
import { LIMITS } from "../limits.js";
import { idSchema, metaSchema, nameSchema } from "../schema-primitives.js";

/**
 * Where evidence came from: `support` covers help desks and CRM exports, `analytics` funnels, `social`
 * posts and mentions (version 3).
 */
export const SOURCE_KINDS = [
  "survey",
  "reviews",
  "support",
  "analytics",
  "social",
  "interviews",
  "other",
] as const;

/** Where evidence came from. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A calendar date (`2026-03-01`) or a date-time with an offset (`2026-03-01T09:00:00Z`). */
export const evidenceDateSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/** What a column of an imported table held (`@journeykit/evidence`'s column roles). */
export const SOURCE_COLUMN_ROLES = [
  "nps",
  "csat",
  "ces",
  "stars",
  "comment",
  "stage",
  "touchpoint",
  "date",
  "segment",
  "ignore",
] as const;

/** What a column of an imported table held. */
export type SourceColumnRole = (typeof SOURCE_COLUMN_ROLES)[number];

const list = <T extends z.ZodMiniType>(schema: T) => z.array(schema).check(z.maxLength(LIMITS.maxListLength));

/**
 * How one column of the imported table was read (version 3): its position and header, its role, the
 * answer scale of a rating, and the stage or touchpoint a question about one place is tied to. The
 * same plain-JSON shape as `@journeykit/evidence`'s `ColumnAssignment`.
 */
export const sourceColumnSchema = z.object({
  index: z.int().check(z.minimum(0)),
  header: z.optional(nameSchema),
  role: z.enum(SOURCE_COLUMN_ROLES),
  scale: z.optional(z.object({ min: z.number(), max: z.number() })),
  stageId: z.optional(idSchema),
  touchpointId: z.optional(idSchema),
  confidence: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  reason: z.optional(nameSchema),
});

/** How one column of the imported table was read. */
export type SourceColumn = z.infer<typeof sourceColumnSchema>;

/** How the columns of an imported table were read (version 3): a `ColumnMapping` of the evidence package. */
export const sourceMappingSchema = z.object({ columns: list(sourceColumnSchema) });

/** How the columns of an imported table were read. */
export type SourceMapping = z.infer<typeof sourceMappingSchema>;

/**
 * One placement rule (version 3): rows whose text mentions one of `keywords` (words or phrases) go to
 * the stage (and touchpoint). The same shape as `@journeykit/evidence`'s `MentionRule`. Ids that name
 * no stage or touchpoint of the map (one deleted since) are kept and ignored when the rules are reused.
 */
export const sourceRuleSchema = z.object({
  stageId: idSchema,
  touchpointId: z.optional(idSchema),
  keywords: list(nameSchema),
});

/** One placement rule: the words that place a row on a stage or touchpoint. */
export type SourceRule = z.infer<typeof sourceRuleSchema>;

/**
 * Where evidence came from (format version 2; `mapping`, `rules` and the kind "social" since 3): a survey export, a review site, support tickets, ...
 * Metrics and quotes name it by `sourceId`; the raw rows themselves never enter the map, only how
 * they were read (`mapping`, `rules`), so a monthly re-import compares like with like.
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
    /** How the table's columns were read, so the next import of the same kind of file reads it alike. */
    mapping: z.optional(sourceMappingSchema),
    /** How rows were placed on stages and touchpoints, reused by the next import of the same kind of file. */
    rules: z.optional(list(sourceRuleSchema)),
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

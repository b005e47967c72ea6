import * as z from "zod/mini";
import { createId } from "../ids.js";
import { idSchema, metaSchema, nameSchema, textSchema } from "../schema-primitives.js";
import { evidenceDateSchema } from "./source.js";

/** The rating scale of a respondent's own score. */
export const QUOTE_SCALES = ["nps", "csat", "ces", "stars"] as const;

/** The rating scale of a respondent's own score. */
export type QuoteScale = (typeof QUOTE_SCALES)[number];

const finite = z.number().check(z.refine(Number.isFinite, { message: "expected a finite number" }));

/**
 * Verbatim customer feedback placed on the journey (format version 2). Its text is stored redacted:
 * no e-mail addresses, phone numbers, card numbers or URLs.
 */
export const quoteSchema = z.object({
  id: idSchema,
  text: textSchema,
  stageId: z.optional(idSchema),
  touchpointId: z.optional(idSchema),
  personaId: z.optional(idSchema),
  sourceId: z.optional(idSchema),
  /** How positive the text reads, -1..1. */
  sentiment: z.optional(finite.check(z.minimum(-1), z.maximum(1))),
  /** The respondent's own rating, on `scale`. */
  score: z.optional(finite),
  scale: z.optional(z.enum(QUOTE_SCALES)),
  date: z.optional(evidenceDateSchema),
  tags: z.optional(z.array(nameSchema).check(z.maxLength(1_000))),
  meta: z.optional(metaSchema),
});

/** Verbatim customer feedback placed on the journey. */
export type Quote = z.infer<typeof quoteSchema>;

/**
 * A new quote.
 *
 * @example
 * createQuote({ text: "The soup was cold.", stageId: eat.id, sentiment: -0.6 });
 */
export function createQuote(init: Partial<Quote> & { text: string }): Quote {
  return { id: createId("quote"), ...init };
}

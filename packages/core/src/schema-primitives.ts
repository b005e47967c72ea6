import * as z from "zod/mini";
import { LIMITS } from "./limits.js";

/** A record id: any non-empty string, unique across the whole document. */
export const idSchema = z.string().check(z.minLength(1), z.maxLength(LIMITS.maxIdLength));

/** A short name or title. */
export const nameSchema = z.string().check(z.maxLength(LIMITS.maxNameLength));

/** Free text such as a card's text or a description. */
export const textSchema = z.string().check(z.maxLength(LIMITS.maxTextLength));

/** A bounded list of short strings (needs, tags, empathy-map entries). */
export const stringListSchema = z.array(textSchema).check(z.maxLength(LIMITS.maxListLength));

/** The host application's own data on any record: a JSON object the editor never touches. */
export const metaSchema = z.record(z.string(), z.json());

/** Any JSON object (the type of `meta`). */
export type JsonObject = z.infer<typeof metaSchema>;

/** An integer 1..5 (severity, impact, effort, importance). */
export const oneToFiveSchema = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
]);

/** An integer from 1 to 5. */
export type OneToFive = z.infer<typeof oneToFiveSchema>;

/** A CSS color: `#rgb`, `#rrggbb` or `#rrggbbaa` (hex only, so it is safe to put in SVG and PPTX). */
export const colorSchema = z.string().check(
  z.regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/, {
    message: "expected a hex color such as #2f80ed",
  }),
);

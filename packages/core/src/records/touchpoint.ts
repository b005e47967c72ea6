import * as z from "zod/mini";
import { createId } from "../ids.js";
import { idSchema, metaSchema, nameSchema, textSchema } from "../schema-primitives.js";

/** Where the customer meets the business. */
export const CHANNELS = [
  "web",
  "mobile-app",
  "email",
  "phone",
  "chat",
  "social",
  "in-store",
  "mail",
  "event",
  "word-of-mouth",
  "other",
] as const;

/** A touchpoint's channel. */
export const channelSchema = z.enum(CHANNELS);

/** A touchpoint's channel. */
export type Channel = z.infer<typeof channelSchema>;

/** A point where the customer meets the business, within one stage. */
export const touchpointSchema = z.object({
  id: idSchema,
  stageId: idSchema,
  name: nameSchema,
  channel: channelSchema,
  owner: z.optional(nameSchema),
  description: z.optional(textSchema),
  personaIds: z.optional(z.array(idSchema)),
  meta: z.optional(metaSchema),
});

/** A touchpoint: where the customer meets the business, within one stage. */
export type Touchpoint = z.infer<typeof touchpointSchema>;

/**
 * A new touchpoint in a stage.
 *
 * @example
 * createTouchpoint({ stageId: stage.id, name: "Order app", channel: "mobile-app" });
 */
export function createTouchpoint(init: Partial<Touchpoint> & { stageId: string }): Touchpoint {
  return { id: createId("tp"), name: "New touchpoint", channel: "other", ...init };
}

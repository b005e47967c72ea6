import * as z from "zod/mini";
import { coreTranslator } from "../i18n/core-catalogue.js";
import { createId } from "../ids.js";
import type { LabelOptions } from "../labels/format-number.js";
import { LIMITS } from "../limits.js";
import { idSchema, metaSchema, nameSchema, textSchema } from "../schema-primitives.js";
import { cardSchema } from "./card.js";
import { emotionPointSchema } from "./emotion-point.js";
import { createLane, type LaneKind, laneSchema } from "./lane.js";
import { metricSchema } from "./metric.js";
import { momentOfTruthSchema } from "./moment-of-truth.js";
import { createPersona, personaSchema } from "./persona.js";
import { quoteSchema } from "./quote.js";
import { sourceSchema } from "./source.js";
import { createStage, stageSchema } from "./stage.js";
import { touchpointSchema } from "./touchpoint.js";

/** The `format` field of every journeykit document. */
export const FORMAT = "journeykit/map" as const;

/** The version of the format this build writes. Older versions are migrated on read. */
export const CURRENT_VERSION = 3 as const;

const records = <T extends z.ZodMiniType>(schema: T) =>
  z.array(schema).check(z.maxLength(LIMITS.maxRecordsPerKind));

/**
 * The structural schema of a version-3 document (types and value ranges). Referential integrity
 * (every id a reference names exists, ids unique) is checked by `validateJourneyMap` on top of it.
 */
export const journeyMapSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(CURRENT_VERSION),
  id: idSchema,
  title: nameSchema,
  description: z.optional(textSchema),
  state: z.enum(["current", "future"]),
  personas: records(personaSchema),
  stages: records(stageSchema),
  lanes: records(laneSchema),
  touchpoints: records(touchpointSchema),
  cards: records(cardSchema),
  emotions: records(emotionPointSchema),
  momentsOfTruth: records(momentOfTruthSchema),
  metrics: records(metricSchema),
  sources: records(sourceSchema),
  quotes: records(quoteSchema),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  locale: z.optional(z.string().check(z.maxLength(35))),
  tags: z.optional(z.array(nameSchema).check(z.maxLength(LIMITS.maxListLength))),
  meta: z.optional(metaSchema),
});

/** A journey-map document (format `journeykit/map`, version 3: version 1 plus evidence, and since 3 how each source's rows were read). */
export type JourneyMap = z.infer<typeof journeyMapSchema>;

/** Whether a map describes the current state or a designed future state. */
export type MapState = JourneyMap["state"];

/** The lanes a new map starts with. */
export const DEFAULT_LANE_KINDS: readonly LaneKind[] = [
  "actions",
  "thoughts",
  "touchpoints",
  "emotions",
  "painPoints",
  "opportunities",
];

/** What `createJourneyMap` accepts: any top-level fields, plus `now` for deterministic timestamps. */
export type CreateJourneyMapInit = Partial<Omit<JourneyMap, "format" | "version">> & { now?: Date };

/**
 * A valid new map: three stages, the default lanes and one persona, unless given. Their names and
 * the title are core's words: English, or `words.messages` (a language's catalogue,
 * `@journeykit/core/locales/es`) for a map made in another language.
 *
 * @example
 * const map = createJourneyMap({ title: "Checkout" });
 * createJourneyMap({ locale: "es" }, { messages: coreEs }).stages.map((s) => s.name); // ["Descubrir", "Decidir", "Usar"]
 */
export function createJourneyMap(init: CreateJourneyMapInit = {}, words: LabelOptions = {}): JourneyMap {
  const { now = new Date(), ...fields } = init;
  const timestamp = now.toISOString();
  const { t } = coreTranslator({ locale: init.locale, ...words });
  return {
    format: FORMAT,
    version: CURRENT_VERSION,
    id: createId("map"),
    title: t("new.map"),
    state: "current",
    personas: [createPersona({ name: t("new.persona") })],
    stages: [t("new.stageDiscover"), t("new.stageDecide"), t("new.stageUse")].map((name) =>
      createStage({ name }),
    ),
    lanes: DEFAULT_LANE_KINDS.map((kind) => createLane({ kind, title: t(`laneKind.${kind}`) })),
    touchpoints: [],
    cards: [],
    emotions: [],
    momentsOfTruth: [],
    metrics: [],
    sources: [],
    quotes: [],
    createdAt: timestamp,
    updatedAt: timestamp,
    ...fields,
  };
}

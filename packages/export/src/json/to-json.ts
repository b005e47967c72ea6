import {
  cardSchema,
  emotionPointSchema,
  empathyMapSchema,
  type JourneyMap,
  journeyMapSchema,
  laneSchema,
  metricSchema,
  momentOfTruthSchema,
  type ParseResult,
  parseJourneyMap,
  personaSchema,
  stageSchema,
  touchpointSchema,
} from "@journeykit/core";
import { rememberValid, trustedMap } from "../trusted-map.js";

type Order = { keys: string[]; children?: Record<string, Order> };
const keysOf = (schema: { shape: object }) => Object.keys(schema.shape);
const list = (schema: { shape: object }, children?: Record<string, Order>): Order => ({
  keys: keysOf(schema),
  ...(children ? { children } : {}),
});

/** The order fields are written in: the schema's field order, unknown fields after, sorted. */
const ORDER: Order = list(journeyMapSchema, {
  personas: list(personaSchema, { empathyMap: list(empathyMapSchema) }),
  stages: list(stageSchema),
  lanes: list(laneSchema),
  touchpoints: list(touchpointSchema),
  cards: list(cardSchema),
  emotions: list(emotionPointSchema),
  momentsOfTruth: list(momentOfTruthSchema),
  metrics: list(metricSchema),
});

function ordered(value: unknown, order: Order | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => ordered(item, order));
  if (!order || value === null || typeof value !== "object") return value;
  const source = value as Record<string, unknown>;
  const known = order.keys.filter((k) => k in source);
  const unknown = Object.keys(source)
    .filter((k) => !order.keys.includes(k))
    .sort();
  const out: Record<string, unknown> = {};
  for (const key of [...known, ...unknown]) out[key] = ordered(source[key], order.children?.[key]);
  return out;
}

/**
 * The map as diff-friendly JSON: fields in the schema's order (unknown fields kept, after the known
 * ones, sorted), records in document order, 2-space indentation, trailing newline. Lossless:
 * `fromJson(toJson(map))` gives the same map. Throws when the map is invalid.
 *
 * @example
 * await writeFile("checkout.journey.json", toJson(map));
 */
export function toJson(map: JourneyMap): string {
  return `${JSON.stringify(ordered(trustedMap(map), ORDER), null, 2)}\n`;
}

/**
 * Read a `.journey.json` text: `parseJourneyMap`'s result (migrations, validation, path-specific
 * errors). Never throws.
 *
 * @example
 * const result = fromJson(text);
 * if (!result.ok) showErrors(result.errors);
 */
export function fromJson(text: string): ParseResult {
  return rememberValid(parseJourneyMap(text));
}

import * as z from "zod/mini";
import { type JourneyMap, journeyMapSchema } from "../records/journey-map.js";
import { defineOperation } from "./define-operation.js";

/** The top-level fields `updateMap` may change. */
export type MapChanges = Partial<
  Pick<JourneyMap, "title" | "description" | "state" | "locale" | "tags" | "meta">
>;

const topLevel = z.pick(journeyMapSchema, {
  title: true,
  description: true,
  state: true,
  locale: true,
  tags: true,
  meta: true,
});

/**
 * Change the map's title, description, current/future state, locale, tags or meta. Invalid values, or
 * a key that is not one of these fields, leave the map unchanged; `undefined` clears an optional field.
 *
 * @example
 * updateMap(map, { changes: { title: "Checkout, future state", state: "future" } });
 */
export const updateMap = defineOperation("updateMap", (draft, { changes }: { changes: MapChanges }) => {
  if (typeof changes !== "object" || changes === null) return;
  // Own keys only: `__proto__` or `constructor` is not a field of the map; changes naming one are refused.
  const allowed = Object.entries(changes);
  if (!allowed.every(([key]) => Object.hasOwn(topLevel.shape, key))) return;
  const next = { title: draft.title, state: draft.state, ...Object.fromEntries(allowed) };
  if (!topLevel.safeParse(next).success) return;
  const target = draft as unknown as Record<string, unknown>;
  for (const [key, value] of allowed) {
    if (value === undefined) delete target[key];
    else if (target[key] !== value) target[key] = value;
  }
});
